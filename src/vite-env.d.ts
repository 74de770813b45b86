/// <reference types="vite/client" />
declare module 'virtual:rules' {
  import type { Rules } from './rules/types.ts';
  const rules: Rules;
  export default rules;
  export const seedTitles: Record<string, string>;
}
