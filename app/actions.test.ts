import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { isExported, sourceFilesUnder } from "@/test/source-files";

/**
 * Every server action goes through defineAction (lib/server/define-action.ts),
 * which authenticates, checks the role and parses with the form's schema. This
 * test reads every `actions.ts` and every file starting with "use server" under
 * app/ and refuses any other export. A public action (one that cannot require a
 * session: signing in, signing out, choosing the language, a partner's
 * token-authenticated questionnaire) is marked on the line above its export:
 *
 *   // public-action: <why it needs no session>
 *
 * Type-only exports are allowed: they are erased and are not callable.
 */

const APP_DIR = path.join(process.cwd(), "app");
const DEFINE_ACTION_MODULE = "@/lib/server/define-action";
const MARKER = /^\/\/\s*public-action:\s*\S/;

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function hasUseServerDirective(source: ts.SourceFile): boolean {
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

/** Whether the comment on the line just above the statement is a public-action marker with a reason. */
function isMarkedPublic(source: ts.SourceFile, statement: ts.Statement): boolean {
  const text = source.getFullText();
  const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
  const last = comments.at(-1);
  if (!last || last.kind !== ts.SyntaxKind.SingleLineCommentTrivia) return false;
  const commentLine = source.getLineAndCharacterOfPosition(last.pos).line;
  const statementLine = source.getLineAndCharacterOfPosition(statement.getStart()).line;
  return statementLine === commentLine + 1 && MARKER.test(text.slice(last.pos, last.end));
}

function importsDefineAction(source: ts.SourceFile): boolean {
  return source.statements.some(
    (s) =>
      ts.isImportDeclaration(s) &&
      ts.isStringLiteral(s.moduleSpecifier) &&
      s.moduleSpecifier.text === DEFINE_ACTION_MODULE &&
      !!s.importClause?.namedBindings &&
      ts.isNamedImports(s.importClause.namedBindings) &&
      s.importClause.namedBindings.elements.some((e) => e.name.text === "defineAction" && !e.propertyName && !e.isTypeOnly),
  );
}

/** `export const <name>Action = defineAction(…)`, one declaration, nothing around the call. */
function isDefinedAction(statement: ts.Statement): boolean {
  if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) return false;
  const [declaration, ...more] = statement.declarationList.declarations;
  if (!declaration || more.length > 0 || !ts.isIdentifier(declaration.name)) return false;
  if (!/^[a-z][A-Za-z0-9]*Action$/.test(declaration.name.text) || declaration.type) return false;
  const init = declaration.initializer;
  return !!init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "defineAction";
}

function isTypeOnly(statement: ts.Statement): boolean {
  if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) return true;
  return ts.isExportDeclaration(statement) && statement.isTypeOnly;
}

/** The problems of one server-action file, as "file:line: what"; none if it is sound. */
function checkActionFile(file: string, text: string): string[] {
  const source = parse(file, text);
  const problems: string[] = [];
  const where = (node: ts.Node) =>
    `${path.relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  let usesDefineAction = false;
  for (const statement of source.statements) {
    const exported = isExported(statement) || ts.isExportDeclaration(statement) || ts.isExportAssignment(statement);
    if (!exported || isTypeOnly(statement) || isMarkedPublic(source, statement)) continue;
    if (isDefinedAction(statement)) {
      usesDefineAction = true;
      continue;
    }
    problems.push(
      `${where(statement)}: export is not \`export const <name>Action = defineAction(\` nor marked \`// public-action: <reason>\``,
    );
  }
  if (usesDefineAction && !importsDefineAction(source))
    problems.push(`${where(source)}: defineAction is not imported from ${DEFINE_ACTION_MODULE}`);
  return problems;
}

function actionFiles(): string[] {
  return sourceFilesUnder(APP_DIR).filter(
    (file) => /^actions\.tsx?$/.test(path.basename(file)) || hasUseServerDirective(parse(file, fs.readFileSync(file, "utf8"))),
  );
}

describe("server actions", () => {
  it("finds the action files (the check is not vacuous)", () => {
    const files = actionFiles().map((f) => path.relative(APP_DIR, f));
    expect(files).toEqual(expect.arrayContaining([path.join("actions", "locale.ts"), path.join("(auth)", "sign-in", "actions.ts")]));
  });

  it.each(actionFiles().map((f) => [path.relative(process.cwd(), f), f]))(
    "%s exports only defineAction actions or marked public ones",
    (_name, file) => {
      expect(checkActionFile(file, fs.readFileSync(file, "utf8"))).toEqual([]);
    },
  );
});

describe("checkActionFile", () => {
  const head = `"use server";\nimport { defineAction } from "${DEFINE_ACTION_MODULE}";\n`;
  const ok = `export const saveThingAction = defineAction({ schema, capability: "records.edit", handler });\n`;
  const check = (body: string) => checkActionFile(path.join(APP_DIR, "x", "actions.ts"), head + body);

  it("accepts defineAction exports, type exports and marked public actions", () => {
    expect(check(ok)).toEqual([]);
    expect(check(`export type State = { a: 1 };\nexport interface I { b: 2 }\n${ok}`)).toEqual([]);
    expect(check(`/** Signs in. */\n// public-action: it is how a session begins\nexport async function signInAction() {}\n`)).toEqual([]);
  });

  it.each([
    ["a plain async function", `export async function deleteThingAction(id: number) {}\n`],
    ["an arrow function", `export const deleteThingAction = async (id: number) => {};\n`],
    ["a wrapped defineAction", `export const deleteThingAction = wrap(defineAction({}));\n`],
    ["a name not ending in Action", `export const deleteThing = defineAction({});\n`],
    ["two declarations", `export const aAction = defineAction({}), bAction = async () => {};\n`],
    ["a let", `export let aAction = defineAction({});\n`],
    ["a re-export", `export { helper } from "./helper";\n`],
    ["a local export list", `async function x() {}\nexport { x };\n`],
    ["a default export", `export default async function x() {}\n`],
    ["a marker without a reason", `// public-action:\nexport async function xAction() {}\n`],
    ["a marker not directly above", `// public-action: reason\n\nexport async function xAction() {}\n`],
    ["a block-comment marker", `/* public-action: reason */\nexport async function xAction() {}\n`],
  ])("refuses %s", (_what, body) => {
    expect(check(ok + body)).toHaveLength(1);
  });

  it("refuses a defineAction that is not the shared one", () => {
    const text = `"use server";\nconst defineAction = (x: unknown) => x;\n${ok}`;
    expect(checkActionFile(path.join(APP_DIR, "x", "actions.ts"), text)).toHaveLength(1);
  });
});
