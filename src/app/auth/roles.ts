/**
 * The office's roles and what each may do. Analysts own the data and the runs and write commentary;
 * authors write commentary and governance records; approvers sign off the statement; viewers read.
 */
export const ROLES = ['analyst', 'author', 'approver', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type Permission = 'read' | 'edit' | 'approve' | 'exchange-files';

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  analyst: ['read', 'edit', 'exchange-files'],
  author: ['read', 'edit'],
  approver: ['read', 'approve'],
  viewer: ['read'],
};

export function may(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  analyst: 'Analyst',
  author: 'Author',
  approver: 'Approver',
  viewer: 'Viewer',
};

export function isRole(text: string): text is Role {
  return (ROLES as readonly string[]).includes(text);
}
