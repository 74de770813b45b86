/// <reference types="vite/client" />
declare module 'virtual:rules' {
  import type { Rules } from './rules/types.ts';
  const rules: Rules;
  export default rules;
  export const seedTitles: Record<string, string>;
}
declare module 'virtual:rules/core' {
  import type { CoreRules } from './rules/types.ts';
  const rules: CoreRules;
  export default rules;
}
declare module 'virtual:rules/support' {
  import type { RouteOption, SupportItem } from './rules/types.ts';
  const support: SupportItem[];
  export default support;
  export const options: RouteOption[];
  export const seedTitles: Record<string, string>;
}
