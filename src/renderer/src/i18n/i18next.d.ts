/** Types `t('…')` against the zh-CN strings, so a missing key fails to compile. */
import 'i18next';
import type { zhCN } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof zhCN;
  }
}
