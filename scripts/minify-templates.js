// Shrinks the literal text of Lit's `html` and `css` tagged templates in a built module, leaving
// every `${}` expression alone (found with the TypeScript parser, not by pattern): in `html`, runs
// of whitespace become one space, as HTML renders them anyway; in `css`, comments go and spaces
// around punctuation too.
import ts from 'typescript';

function minifyHtml(text) {
  return text.replace(/\s+/g, ' ');
}

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

const minifiers = { html: minifyHtml, css: minifyCss, svg: minifyHtml };

export function minifyTemplates(source) {
  const file = ts.createSourceFile('module.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && minifiers[node.tag.text]) {
      const minify = minifiers[node.tag.text];
      const template = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const literal of literals) {
        // The raw text sits between the backtick or `}` and the backtick or `${`.
        const start = literal.getStart(file) + 1;
        const end = literal.getEnd() - (ts.isTemplateTail(literal) || ts.isNoSubstitutionTemplateLiteral(literal) ? 1 : 2);
        edits.push({ start, end, text: minify(source.slice(start, end)) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}
