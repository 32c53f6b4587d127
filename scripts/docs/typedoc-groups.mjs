// TypeDoc plugin: groups each module's page the way users look for things — its data, its
// helpers, its types and its errors — instead of by declaration kind, and lists the guides in
// docs/ under "Guides", each named by its first heading rather than its file name.
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

const GROUPS = [
  [ReflectionKind.Variable, 'Data', 'Schemas'],
  [ReflectionKind.Function, 'Helpers', 'Parsers'],
  [ReflectionKind.Class, 'Errors', 'Errors'],
  [ReflectionKind.Interface, 'Types', 'Types'],
  [ReflectionKind.TypeAlias, 'Types', 'Types'],
];

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const guide of context.project.getReflectionsByKind(ReflectionKind.Document)) {
      const heading = guide.content
        .map((part) => part.text)
        .join('')
        .match(/^# (.+)$/m)?.[1];
      if (heading !== undefined) guide.name = heading;
      guide.frontmatter.group ??= 'Guides';
    }
    for (const [kind, group, inSchemas] of GROUPS) {
      for (const reflection of context.project.getReflectionsByKind(kind)) {
        if (!reflection.parent?.kindOf(ReflectionKind.Module)) continue;
        reflection.comment ??= new Comment();
        if (reflection.comment.getTag('@group')) continue;
        const title = reflection.parent.name === 'korea-latam/schemas' ? inSchemas : group;
        reflection.comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: title }]));
      }
    }
  });
}
