/**
 * What the TypeScript type checker knows of the activity kinds, for docs/dsl-reference.md:
 * - FlowBuilder's factory methods as src/index.ts exports them: each method's call, its JSDoc,
 *   and its input's fields (type, optional, JSDoc, @default). Which kind a method makes comes
 *   from the kind's module (`factory.method`, the factory contract); for the kinds the builder
 *   makes itself (event nodes: `onEvent`; `raw`), from the method of src/dsl/define-flow.ts's
 *   builder whose body names the kind; the start node is the builder's property `start`.
 * - the JSDoc of each option of a kind's options schema (zod keeps no comments at run time; the
 *   schema's output type keeps each property's declaration).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { ActivityDefinition } from '../../src/activities/define-activity.js';

export interface InputField {
  name: string;
  type: string;
  optional: boolean;
  doc: string;
  /** The JSDoc `@default`, when the field has one. */
  defaultValue: string | undefined;
}

export interface BuilderMethod {
  /** `playMessage`. */
  name: string;
  /** `f.playMessage(name, input)`. */
  call: string;
  doc: string;
  fields: InputField[];
}

const TYPE_FORMAT = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope | ts.TypeFormatFlags.WriteArrayAsGenericType;

function program(repo: string): ts.Program {
  const configFile = join(repo, 'tsconfig.json');
  const config = ts.readConfigFile(configFile, (path) => readFileSync(path, 'utf8'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repo, undefined, configFile);
  return ts.createProgram([join(repo, 'src', 'index.ts')], { ...parsed.options, noEmit: true });
}

/** The type `FlowBuilder` that src/index.ts exports. */
function flowBuilderType(checker: ts.TypeChecker, index: ts.SourceFile): ts.Type {
  const module = checker.getSymbolAtLocation(index);
  const exported = module && checker.getExportsOfModule(module).find((s) => s.name === 'FlowBuilder');
  if (!exported) throw new Error('src/index.ts exports no FlowBuilder');
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  return checker.getDeclaredTypeOfSymbol(symbol);
}

const docOf = (symbol: ts.Symbol, checker: ts.TypeChecker): string => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();

/** `{@link DEFAULT_HOLD_MUSIC}` as the constant's value when it is a literal (else its name). */
function linkedValue(text: string, field: ts.Symbol, checker: ts.TypeChecker): string {
  const link = /^\{@link\s+([\w$]+)\s*\}$/.exec(text);
  const declaration = field.valueDeclaration ?? field.declarations?.[0];
  if (!link || !declaration) return text;
  const constant = checker.getSymbolsInScope(declaration, ts.SymbolFlags.Value).find((s) => s.name === link[1]);
  const type = constant && checker.getTypeOfSymbol(checker.getExportSymbolOfSymbol(constant));
  return type?.isLiteral() ? JSON.stringify(type.value) : link[1]!;
}

function inputField(field: ts.Symbol, checker: ts.TypeChecker): InputField {
  const optional = (field.flags & ts.SymbolFlags.Optional) !== 0;
  const declared = checker.getTypeOfSymbol(field);
  const type = checker.typeToString(optional ? checker.getNonNullableType(declared) : declared, undefined, TYPE_FORMAT);
  const defaultTag = field.getJsDocTags(checker).find((tag) => tag.name === 'default');
  const defaultValue = defaultTag?.text ? linkedValue(ts.displayPartsToString(defaultTag.text).trim(), field, checker) : undefined;
  return { name: field.name, type, optional, doc: docOf(field, checker), defaultValue };
}

function describeMethod(method: ts.Symbol, checker: ts.TypeChecker): BuilderMethod {
  const signature = checker.getTypeOfSymbol(method).getCallSignatures()[0];
  if (!signature) throw new Error(`FlowBuilder.${method.name} is not a method`);
  const parameters = signature.getParameters();
  const shown = parameters.map((p) => `${p.name}${p.valueDeclaration && ts.isParameter(p.valueDeclaration) && (p.valueDeclaration.questionToken || p.valueDeclaration.initializer) ? '?' : ''}`);
  const input = parameters[1];
  const inputType = input ? checker.getNonNullableType(checker.getTypeOfSymbol(input)) : undefined;
  const fields = inputType ? checker.getPropertiesOfType(checker.getApparentType(inputType)).map((f) => inputField(f, checker)) : [];
  return { name: method.name, call: `f.${method.name}(${shown.join(', ')})`, doc: docOf(method, checker), fields };
}

/** Kind → method name of src/dsl/define-flow.ts's builder methods whose body names one kind. */
function methodsNamingKinds(repo: string, kinds: ReadonlySet<string>): Map<string, string> {
  const file = join(repo, 'src', 'dsl', 'define-flow.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isMethodDeclaration(node) && ts.isObjectLiteralExpression(node.parent) && node.body && ts.isIdentifier(node.name) && node.name.text !== 'activity') {
      const method = node.name.text;
      const named = (inner: ts.Node): void => {
        if (ts.isStringLiteral(inner) && kinds.has(inner.text) && !found.has(inner.text)) found.set(inner.text, method);
        ts.forEachChild(inner, named);
      };
      named(node.body);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A kind as the type checker finds it: its definition and the module export that holds it. */
export interface KindExport {
  definition: ActivityDefinition;
  /** The module's path in the repository, with `/`. */
  file: string;
  exportName: string;
}

export interface TypeDocs {
  /** Kind → its factory as FlowBuilder has it (kinds without one are absent). */
  methods: Map<string, BuilderMethod>;
  /** Kind → option name → the option's JSDoc. */
  optionDocs: Map<string, Map<string, string>>;
  /** FlowBuilder's methods that make no registered kind (helpers such as `variable`, `renderText`). */
  otherMethods: string[];
}

/** Option name → JSDoc, from the output type of the `options` schema of `kind`'s module export. */
function optionDocsOf(kind: KindExport, built: ts.Program, checker: ts.TypeChecker, repo: string): Map<string, string> {
  const source = built.getSourceFile(join(repo, kind.file));
  const module = source && checker.getSymbolAtLocation(source);
  const exported = module && checker.getExportsOfModule(module).find((s) => s.name === kind.exportName);
  const options = exported && checker.getPropertyOfType(checker.getTypeOfSymbol(exported), 'options');
  const output = options && checker.getPropertyOfType(checker.getTypeOfSymbol(options), '_output');
  if (!output) return new Map();
  return new Map(checker.getPropertiesOfType(checker.getTypeOfSymbol(output)).map((p) => [p.name, docOf(p, checker)]));
}

export function typeDocs(repo: string, kinds: readonly KindExport[]): TypeDocs {
  const definitions = kinds.map((k) => k.definition);
  const built = program(repo);
  const checker = built.getTypeChecker();
  const index = built.getSourceFile(join(repo, 'src', 'index.ts'));
  if (!index) throw new Error('src/index.ts is not in the program');
  const builder = flowBuilderType(checker, index);
  const fallback = methodsNamingKinds(repo, new Set(definitions.map((d) => d.kind)));
  const methods = new Map<string, BuilderMethod>();
  for (const definition of definitions) {
    const name = (definition as { factory?: { method?: string } }).factory?.method ?? fallback.get(definition.kind);
    const method = name === undefined ? undefined : checker.getPropertyOfType(builder, name);
    const property = checker.getPropertyOfType(builder, definition.kind);
    if (method) methods.set(definition.kind, describeMethod(method, checker));
    else if (property && checker.getTypeOfSymbol(property).getCallSignatures().length === 0) {
      methods.set(definition.kind, { name: property.name, call: `f.${property.name}`, doc: docOf(property, checker), fields: [] });
    }
  }
  const optionDocs = new Map(kinds.map((kind) => [kind.definition.kind, optionDocsOf(kind, built, checker, repo)]));
  const made = new Set([...methods.values()].map((m) => m.name));
  const otherMethods = checker
    .getPropertiesOfType(builder)
    .filter((p) => checker.getTypeOfSymbol(p).getCallSignatures().length > 0 && !made.has(p.name))
    .map((p) => p.name)
    .sort();
  return { methods, optionDocs, otherMethods };
}
