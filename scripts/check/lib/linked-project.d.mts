/** See linked-project.mjs: a temporary project with korea-latam (this repository) and zod installed. */
export function linkedProject(root: string, name: string): string;
