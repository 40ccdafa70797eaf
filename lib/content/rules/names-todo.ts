import fs from 'node:fs';
import path from 'node:path';
import { NamesTodo } from '../schema';
import { lineOf, readJson, validate, type Problem } from './json';

/** names.todo.json: names waiting for a person to confirm them, which a published article may not have. */
export function namesTodo(dir: string, slug: string, draft: boolean, problems: Problem[]) {
  const rel = `articles/${slug}/names.todo.json`;
  if (!fs.existsSync(path.join(dir, rel))) return;
  const json = readJson(dir, rel, problems);
  const todo = json && validate(NamesTodo, json, problems);
  if (!json || !todo || draft) return;
  todo.forEach((n, i) =>
    problems.push({
      file: json.file,
      line: lineOf(json, [i, 'text']),
      message: `"${n.text}" is not reviewed, and the article is published`,
      fix: 'add it to content/names/names.json with its native forms, or drop it from this list; delete the file when it is empty',
    }),
  );
}
