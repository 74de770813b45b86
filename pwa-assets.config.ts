// Icons for the web app manifest, made from public/icon.svg by @vite-pwa/assets-generator:
// `npm run icons` writes them into public/. The 2023 minimal preset: 64, 192, 512, a maskable
// 512 with safe-zone padding, a 180 apple-touch icon and favicon.ico.
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#1d4f91' } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#1d4f91' } },
  },
  images: ['public/icon.svg'],
});
