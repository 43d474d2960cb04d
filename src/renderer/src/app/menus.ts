/** The menu bar's menus: command ids in order, '-' for a separator. Labels come from i18n. */
import type { CommandId } from '../keyboard/commands';

export type MenuId = 'file' | 'edit' | 'view' | 'findings';

export interface MenuModel {
  readonly id: MenuId;
  readonly items: readonly (CommandId | '-')[];
}

export const MENUS: readonly MenuModel[] = [
  { id: 'file', items: ['file.import', 'file.save', 'file.export', '-', 'file.settings'] },
  { id: 'edit', items: ['edit.undo', 'edit.redo', '-', 'edit.find', 'edit.replace'] },
  {
    id: 'view',
    items: [
      'view.library',
      'view.proofread',
      'view.versions',
      '-',
      'view.original',
      'view.focusFindings',
      '-',
      'view.language',
    ],
  },
  {
    id: 'findings',
    items: [
      'findings.next',
      'findings.previous',
      '-',
      'findings.accept',
      'findings.reject',
      '-',
      'findings.acceptKind',
      'findings.rejectKind',
    ],
  },
];
