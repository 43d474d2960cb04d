/** The menu bar's menus: command ids in order, '-' for a separator. Labels come from i18n. */
import type { CommandId } from '../keyboard/commands';

/** The menus of the menu bar, left to right. */
export type MenuId = 'file' | 'edit' | 'view' | 'findings' | 'help';

/** One menu: its id (label `menu.<id>`) and its items in order. */
export interface MenuModel {
  readonly id: MenuId;
  readonly items: readonly (CommandId | '-')[];
}

/** The menu bar of every screen; items no mounted screen handles are greyed out. */
export const MENUS: readonly MenuModel[] = [
  {
    id: 'file',
    items: ['file.import', 'file.save', 'file.export', 'file.print', '-', 'file.settings'],
  },
  { id: 'edit', items: ['edit.undo', 'edit.redo', '-', 'edit.find', 'edit.replace'] },
  {
    id: 'view',
    items: [
      'view.library',
      'view.proofread',
      'view.versions',
      'view.rules',
      '-',
      'view.original',
      'view.scan',
      'view.focusFindings',
      '-',
      'view.zoomIn',
      'view.zoomOut',
      'view.zoomReset',
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
      '-',
      'findings.acceptSafe',
    ],
  },
  { id: 'help', items: ['help.shortcuts'] },
];
