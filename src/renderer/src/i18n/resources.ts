/**
 * Every interface string, by language and namespace. zh-CN is the reference: the English
 * modules are typed to mirror it key for key.
 */
import type { Locale } from '../../../core/finding';
import enCommon from './en/common';
import enExport from './en/export';
import enLibrary from './en/library';
import enProofread from './en/proofread';
import enRules from './en/rules';
import enArchive from './en/archive';
import enSettings from './en/settings';
import enVersions from './en/versions';
import zhCommon from './zh-CN/common';
import zhExport from './zh-CN/export';
import zhLibrary from './zh-CN/library';
import zhProofread from './zh-CN/proofread';
import zhRules from './zh-CN/rules';
import zhArchive from './zh-CN/archive';
import zhSettings from './zh-CN/settings';
import zhVersions from './zh-CN/versions';

/** The zh-CN strings: the shape i18next's `t` is typed against. */
export const zhCN = {
  common: zhCommon,
  proofread: zhProofread,
  library: zhLibrary,
  versions: zhVersions,
  export: zhExport,
  settings: zhSettings,
  rules: zhRules,
  archive: zhArchive,
} as const;

/** One namespace per screen, plus `common`. */
export type Namespace = keyof typeof zhCN;
/** Every namespace, in the order above. */
export const NAMESPACES = Object.keys(zhCN) as Namespace[];

/** The strings i18next loads, by language and namespace. */
export const resources: Record<Locale, Record<Namespace, unknown>> = {
  'zh-CN': zhCN,
  en: {
    common: enCommon,
    proofread: enProofread,
    library: enLibrary,
    versions: enVersions,
    export: enExport,
    settings: enSettings,
    rules: enRules,
    archive: enArchive,
  },
};
