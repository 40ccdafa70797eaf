import fs from 'node:fs';
import path from 'node:path';
import {
  findNodeAtLocation,
  parseTree,
  type Node,
  type ParseError,
  printParseErrorCode,
  parse as parseJsonc,
} from 'jsonc-parser';
import type { z } from 'zod';

// Reading a content file for content:check: its JSON with the text kept, so that every
// problem, a syntax error or a schema issue, points at its line.

/** One thing wrong in the content: where, what, and how to fix it. */
export type Problem = { file: string; line: number; message: string; fix: string };

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.message} (${p.fix})`;

export type Json = { file: string; text: string; root: Node | undefined; data: unknown };

/** Reads a JSON file, keeping its text to point at lines. Syntax errors become problems. */
export function readJson(dir: string, rel: string, problems: Problem[]): Json | null {
  const file = path.join(dir, rel);
  const name = path.join('content', rel);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch {
    problems.push({ file: name, line: 1, message: 'is not readable UTF-8 text', fix: 'save it as UTF-8' });
    return null;
  }
  const errors: ParseError[] = [];
  const data = parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0) {
    for (const e of errors) {
      problems.push({
        file: name,
        line: lineAt(text, e.offset),
        message: `JSON syntax error: ${printParseErrorCode(e.error)}`,
        fix: 'fix the JSON at this line; a missing comma or quote is the usual cause',
      });
    }
    return null;
  }
  return { file: name, text, root: parseTree(text), data };
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The line of a JSON path, or of the nearest ancestor that exists. */
export function lineOf(json: Json, at: (string | number)[]): number {
  if (!json.root) return 1;
  for (let n = at.length; n >= 0; n--) {
    const node = findNodeAtLocation(json.root, at.slice(0, n));
    if (node) return lineAt(json.text, (node.parent?.type === 'property' ? node.parent : node).offset);
  }
  return 1;
}

function describe(issue: z.core.$ZodIssue): { message: string; fix: string } {
  const field = issue.path.length ? `"${issue.path.join('.')}"` : 'the file';
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { message: `${field} is missing`, fix: `add ${field.replace(/"/g, '')} (${issue.expected})` };
  }
  if (issue.code === 'invalid_type')
    return { message: `${field} must be ${issue.expected}`, fix: `make it ${issue.expected}` };
  if (issue.code === 'unrecognized_keys') {
    return {
      message: `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} in ${field}`,
      fix: 'remove it or fix its spelling',
    };
  }
  if (issue.code === 'too_small' && issue.origin === 'string')
    return { message: `${field} is empty`, fix: 'write the text or remove the field' };
  if (issue.code === 'too_small') return { message: `${field} has too few items`, fix: issue.message };
  if (issue.code === 'custom' && typeof issue.params?.fix === 'string')
    return { message: `${field}: ${issue.message}`, fix: issue.params.fix };
  if (issue.code === 'invalid_union')
    return { message: `${field} is not a valid article`, fix: '"status" must be "published" or "draft"' };
  return { message: `${field} ${issue.message}`, fix: 'see the schema in lib/content/schema.ts' };
}

export function validate<S extends z.ZodType>(schema: S, json: Json, problems: Problem[]): z.infer<S> | null {
  const result = schema.safeParse(json.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file: json.file, line: lineOf(json, issue.path as (string | number)[]), ...describe(issue) });
  }
  return null;
}
