import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary project in which `korea-latam` is installed as this repository (a link, so its
 * build and datasets/ are what a user gets) together with zod, for running examples as a user would.
 * The caller removes the folder.
 *
 * @param {string} root The repository.
 * @param {string} name A word for the folder's name.
 * @returns {string} The project folder.
 * @example
 * const project = linkedProject(root, 'notebook'); // …/korea-latam-notebook-XXXXXX
 */
export function linkedProject(root, name) {
  const project = mkdtempSync(join(tmpdir(), `korea-latam-${name}-`));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(root, join(project, 'node_modules', 'korea-latam'));
  symlinkSync(join(root, 'node_modules', 'zod'), join(project, 'node_modules', 'zod'));
  return project;
}
