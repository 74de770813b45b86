/// <reference types="vite/client" />
// The rules, compiled at build time (tools/build/vite-rules-plugin.ts). Types by import() type: an
// ambient module may not import a relative path (skipLibCheck hid that error, and the modules
// were typed any).
declare module 'virtual:rules' {
  const rules: import('./rules/types.ts').Rules;
  export default rules;
  export const seedTitles: Record<string, string>;
}
declare module 'virtual:rules/interview' {
  const rules: import('./rules/types.ts').InterviewRules;
  export default rules;
}
declare module 'virtual:rules/core' {
  const rules: import('./rules/types.ts').CoreRules;
  export default rules;
}
declare module 'virtual:rules/support' {
  const support: import('./rules/types.ts').SupportItem[];
  export default support;
  export const options: import('./rules/types.ts').RouteOption[];
  export const stopGetting: import('./rules/types.ts').StopGetting;
  export const seedTitles: Record<string, string>;
}
