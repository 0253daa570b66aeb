import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { filesUnder, isExported } from "@/test/source-files";

/**
 * Every route handler goes through defineRoute (lib/server/define-route.ts),
 * which refuses foreign-origin writes, authenticates, checks the role and
 * rate-limits exports, as actions go through defineAction (app/actions.test.ts).
 * This test reads every `route.ts` under app/ and refuses any export but
 * `export const <METHOD> = defineRoute(…)`, Next's segment settings
 * (`export const dynamic = "force-dynamic"`) and types.
 *
 * The one exception is next-auth's own handler, which is how a session begins.
 */

const APP_DIR = path.join(process.cwd(), "app");
const DEFINE_ROUTE_MODULE = "@/lib/server/define-route";
const ALLOWED_OUTSIDE = [path.join("api", "auth", "[...nextauth]", "route.ts")];
const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
const SEGMENT_SETTINGS = new Set(["dynamic", "runtime", "revalidate", "fetchCache", "preferredRegion", "maxDuration", "dynamicParams"]);

const routeFiles = () => filesUnder(APP_DIR, (name) => /^route\.tsx?$/.test(name));

function importsDefineRoute(source: ts.SourceFile): boolean {
  return source.statements.some(
    (s) =>
      ts.isImportDeclaration(s) &&
      ts.isStringLiteral(s.moduleSpecifier) &&
      s.moduleSpecifier.text === DEFINE_ROUTE_MODULE &&
      !!s.importClause?.namedBindings &&
      ts.isNamedImports(s.importClause.namedBindings) &&
      s.importClause.namedBindings.elements.some((e) => e.name.text === "defineRoute" && !e.propertyName && !e.isTypeOnly),
  );
}

/** The one declaration of an `export const x = …` statement, or null. */
function soleConst(statement: ts.Statement): ts.VariableDeclaration | null {
  if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) return null;
  const [declaration, ...more] = statement.declarationList.declarations;
  if (!declaration || more.length > 0 || !ts.isIdentifier(declaration.name) || declaration.type) return null;
  return declaration;
}

function isDefinedRoute(statement: ts.Statement): boolean {
  const declaration = soleConst(statement);
  if (!declaration || !METHODS.has((declaration.name as ts.Identifier).text)) return false;
  const init = declaration.initializer;
  return !!init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "defineRoute";
}

function isSegmentSetting(statement: ts.Statement): boolean {
  const declaration = soleConst(statement);
  if (!declaration || !SEGMENT_SETTINGS.has((declaration.name as ts.Identifier).text)) return false;
  const init = declaration.initializer;
  return (
    !!init &&
    (ts.isStringLiteral(init) ||
      ts.isNumericLiteral(init) ||
      init.kind === ts.SyntaxKind.FalseKeyword ||
      init.kind === ts.SyntaxKind.TrueKeyword)
  );
}

function isTypeOnly(statement: ts.Statement): boolean {
  if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) return true;
  return ts.isExportDeclaration(statement) && statement.isTypeOnly;
}

/** The problems of one route file, as "file:line: what"; none if it is sound. */
export function checkRouteFile(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const where = (node: ts.Node) =>
    `${path.relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const problems: string[] = [];
  let handlers = 0;
  for (const statement of source.statements) {
    const exported = isExported(statement) || ts.isExportDeclaration(statement) || ts.isExportAssignment(statement);
    if (!exported || isTypeOnly(statement) || isSegmentSetting(statement)) continue;
    if (isDefinedRoute(statement)) {
      handlers += 1;
      continue;
    }
    problems.push(`${where(statement)}: export is not \`export const <METHOD> = defineRoute(\` nor a segment setting`);
  }
  if (handlers > 0 && !importsDefineRoute(source))
    problems.push(`${where(source)}: defineRoute is not imported from ${DEFINE_ROUTE_MODULE}`);
  return problems;
}

describe("route handlers", () => {
  const files = routeFiles().filter((f) => !ALLOWED_OUTSIDE.includes(path.relative(APP_DIR, f)));

  it("finds the route files (the check is not vacuous)", () => {
    expect(files.map((f) => path.relative(APP_DIR, f))).toEqual(expect.arrayContaining([path.join("api", "attachments", "route.ts")]));
    expect(routeFiles().map((f) => path.relative(APP_DIR, f))).toEqual(expect.arrayContaining(ALLOWED_OUTSIDE));
  });

  it.each(files.map((f) => [path.relative(process.cwd(), f), f]))("%s exports only defineRoute handlers", (_name, file) => {
    expect(checkRouteFile(file, fs.readFileSync(file, "utf8"))).toEqual([]);
  });
});

describe("checkRouteFile", () => {
  const head = `import { defineRoute } from "${DEFINE_ROUTE_MODULE}";\n`;
  const ok = `export const GET = defineRoute({ capability: "records.read", handler });\n`;
  const check = (body: string) => checkRouteFile(path.join(APP_DIR, "x", "route.ts"), head + body);

  it("accepts defineRoute handlers, segment settings and types", () => {
    expect(check(ok)).toEqual([]);
    expect(check(`export const dynamic = "force-dynamic";\nexport const runtime = "nodejs";\nexport type T = 1;\n${ok}`)).toEqual([]);
  });

  it.each([
    ["a plain async function", `export async function POST(req: Request) {}\n`],
    ["an arrow function", `export const POST = async (req: Request) => new Response();\n`],
    ["another wrapper", `export const POST = listExportHandler({});\n`],
    ["a wrapped defineRoute", `export const POST = wrap(defineRoute({}));\n`],
    ["a name that is no method", `export const handler = defineRoute({});\n`],
    ["a destructured export", `export const { GET, POST } = handlers;\n`],
    ["a re-export", `export { GET } from "./other";\n`],
    ["a computed segment setting", `export const dynamic = pick();\n`],
    ["a default export", `export default function x() {}\n`],
  ])("refuses %s", (_what, body) => {
    expect(check(ok + body)).toHaveLength(1);
  });

  it("refuses a defineRoute that is not the shared one", () => {
    expect(checkRouteFile(path.join(APP_DIR, "x", "route.ts"), `const defineRoute = (x: unknown) => x;\n${ok}`)).toHaveLength(1);
  });
});
