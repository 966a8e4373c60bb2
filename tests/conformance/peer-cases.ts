// Cases in the shape of the linters people already run: each mirrors what one peer rule's own test
// suite checks (markdownlint's test/*.md, markdownlint-github's test/*.test.js,
// eslint-plugin-jsx-a11y's __tests__ translated from JSX to HTML, axe-core's
// test/integration/rules fixtures), in our words and as a small post, with the peer's verdict.
// JSX-only shapes (expressions, spread props, components, rule options) have no HTML form and are
// not mirrored. ./peer-differences.ts lists every case content-a11y decides differently, and why.

export type PeerFormat = 'markdown' | 'html';

export interface PeerCase {
  /** The peer rule the case mirrors, as its suite names it. */
  peer: PeerRule;
  name: string;
  format: PeerFormat;
  /** The post body (Markdown gets a front matter with title, date and language unless `bare`). */
  body: string;
  /** Does the peer's suite count this as a problem? */
  peerFlags: boolean;
  /** Markdown without our front matter (cases about the title or the first heading). */
  bare?: boolean;
  /** Front matter fields for Markdown cases (default: title, date, lang). */
  frontMatter?: string;
}

/** Our rule ids that report what each peer rule reports. */
export const PEER_RULES = {
  'markdownlint MD001 heading-increment': ['heading-level-skip', 'heading-first-level', 'axe/heading-order'],
  'markdownlint MD025 single-h1': ['heading-h1-in-body'],
  'markdownlint MD036 no-emphasis-as-heading': ['heading-fake'],
  'markdownlint MD045 no-alt-text': ['img-alt-missing', 'axe/image-alt'],
  'markdownlint MD059 descriptive-link-text': ['link-vague'],
  'markdownlint-github GH001 no-default-alt-text': ['img-alt-placeholder', 'img-alt-filename'],
  'markdownlint-github GH002 no-generic-link-text': ['link-vague'],
  'markdownlint-github GH003 no-empty-alt-text': ['img-alt-empty'],
  'jsx-a11y img-redundant-alt': ['img-alt-redundant-prefix', 'img-alt-placeholder'],
  'jsx-a11y alt-text': [
    'img-alt-missing',
    'axe/image-alt',
    'axe/object-alt',
    'axe/area-alt',
    'axe/input-image-alt',
    'axe/role-img-alt',
  ],
  'jsx-a11y anchor-has-content': ['link-empty', 'img-link-no-name', 'axe/link-name'],
  'jsx-a11y heading-has-content': ['heading-empty', 'axe/empty-heading'],
  'axe-core image-alt fixture': ['img-alt-missing', 'axe/image-alt'],
  'axe-core link-name fixture': ['link-empty', 'img-link-no-name', 'axe/link-name'],
  'axe-core empty-heading fixture': ['heading-empty', 'axe/empty-heading'],
  'axe-core object-alt fixture': ['axe/object-alt'],
  'axe-core role-img-alt fixture': ['img-alt-missing', 'axe/role-img-alt'],
  'axe-core svg-img-alt fixture': ['axe/svg-img-alt'],
  'axe-core valid-lang fixture': ['lang-invalid', 'axe/valid-lang'],
  'axe-core list fixture': ['axe/list'],
  'axe-core listitem fixture': ['axe/listitem'],
  'axe-core presentation-role-conflict fixture': ['axe/presentation-role-conflict'],
  'axe-core frame-title fixture': ['axe/frame-title'],
} as const satisfies Record<string, readonly string[]>;

export type PeerRule = keyof typeof PEER_RULES;

const md = (peer: PeerRule, name: string, body: string, peerFlags: boolean, extra: Partial<PeerCase> = {}) =>
  ({ peer, name, format: 'markdown', body, peerFlags, ...extra }) satisfies PeerCase;
const html = (peer: PeerRule, name: string, body: string, peerFlags: boolean) =>
  ({ peer, name, format: 'html', body, peerFlags }) satisfies PeerCase;

const para =
  'The reading room on the second floor stays open until eight, and the staff at the desk lend laptops for the evening.';

const MD001 = 'markdownlint MD001 heading-increment';
const MD025 = 'markdownlint MD025 single-h1';
const MD036 = 'markdownlint MD036 no-emphasis-as-heading';
const MD045 = 'markdownlint MD045 no-alt-text';
const MD059 = 'markdownlint MD059 descriptive-link-text';
const GH001 = 'markdownlint-github GH001 no-default-alt-text';
const GH002 = 'markdownlint-github GH002 no-generic-link-text';
const GH003 = 'markdownlint-github GH003 no-empty-alt-text';
const REDUNDANT = 'jsx-a11y img-redundant-alt';
const ALT = 'jsx-a11y alt-text';
const ANCHOR = 'jsx-a11y anchor-has-content';
const HEADING = 'jsx-a11y heading-has-content';

export const PEER_CASES: PeerCase[] = [
  // markdownlint test/headings_bad.md, headings_good.md, heading_increment-title_level*.md
  md(MD001, 'h1 then h3', `# Library news\n\n${para}\n\n### Opening hours\n\n${para}\n`, true, {
    bare: true,
  }),
  md(
    MD001,
    'h2 then h4 after going back to h2',
    `## Events\n\n${para}\n\n### Talks\n\n${para}\n\n## Courses\n\n#### Evening courses\n\n${para}\n`,
    true,
  ),
  md(
    MD001,
    'levels one step at a time',
    `# Library news\n\n## Events\n\n### Talks\n\n${para}\n\n## Courses\n\n${para}\n`,
    false,
    { bare: true },
  ),
  md(MD001, 'setext headings in order', `Library news\n============\n\nEvents\n------\n\n${para}\n`, false, {
    bare: true,
  }),
  md(MD001, 'front-matter title, then an h3', `### Opening hours\n\n${para}\n`, true),
  md(MD001, 'front-matter title, then an h2', `## Opening hours\n\n${para}\n`, false),
  md(
    MD001,
    'a "#" line inside an HTML paragraph is not a heading',
    `## Events\n\n<p>\n#### Not a heading\n</p>\n\n${para}\n`,
    false,
  ),

  // markdownlint test/heading_multiple_toplevel.md, front-matter-alt-title-h1.md, heading_mutliple_h1_no_toplevel.md
  md(MD025, 'two h1 headings', `# Library news\n\n${para}\n\n# Opening hours\n\n${para}\n`, true, {
    bare: true,
    frontMatter: 'date: 2021-04-28\nlang: en',
  }),
  md(MD025, 'front-matter title and an h1', `# Opening hours\n\n${para}\n`, true),
  md(
    MD025,
    'a "#" line inside an HTML paragraph is not an h1',
    `# Library news\n\n<p>\n# Not a heading\n</p>\n\n${para}\n`,
    false,
    { bare: true, frontMatter: 'date: 2021-04-28\nlang: en' },
  ),
  md(
    MD025,
    'front-matter title and h2 sections',
    `## Opening hours\n\n${para}\n\n## Events\n\n${para}\n`,
    false,
  ),
  md(
    MD025,
    'text before two h1 headings (no title heading on the first line)',
    `Some words before the headings.\n\n# Library news\n\n${para}\n\n# Opening hours\n\n${para}\n`,
    false,
    { bare: true, frontMatter: 'date: 2021-04-28\nlang: en' },
  ),

  // markdownlint test/emphasis_instead_of_headings.md, emphasis-not-heading-in-blockquote.md
  md(MD036, 'bold line before a paragraph', `**Part 1: the reading room**\n\n${para}\n`, true),
  md(MD036, 'bold line with underscores', `__Part 1.1: the quiet zone__\n\n${para}\n`, true),
  md(MD036, 'italic line with asterisks', `*Part 2: the lending desk*\n\n${para}\n`, true),
  md(MD036, 'italic line with underscores', `_Part 3: the garden_\n\n${para}\n`, true),
  md(
    MD036,
    'a bold line inside a longer paragraph',
    `This paragraph runs on\n**and has a bold line in the middle**\nbefore it ends.\n\n${para}\n`,
    false,
  ),
  md(
    MD036,
    'bold words inside a sentence',
    `The **new** reading room opens on Monday, and it has more seats.\n\n${para}\n`,
    false,
  ),
  md(
    MD036,
    'a whole multi-line paragraph in bold',
    `**This whole paragraph is bold, and it is too long and on\nseveral lines to be mistaken for a heading**\n\n${para}\n`,
    false,
  ),
  md(MD036, 'bold line ending in a full stop', `**The reading room is open again.**\n\n${para}\n`, false),
  md(
    MD036,
    'bold line ending in full-width punctuation',
    `**閲覧室は月曜日から再開します。**\n\n${para}\n`,
    false,
  ),
  md(MD036, 'bold link', `**[Sign up for the course](https://example.com/course)**\n\n${para}\n`, false),
  md(
    MD036,
    'italic line followed by an HTML comment',
    `*Part 4: the archive* <!-- moved -->\n\n${para}\n`,
    true,
  ),
  md(MD036, 'bold line after an HTML comment', `<!-- moved --> __Part 5: the café__\n\n${para}\n`, true),
  md(
    MD036,
    'an HTML comment inside the emphasis',
    `*Part 6: the <!-- old --> study rooms*\n\n${para}\n`,
    false,
  ),
  md(MD036, 'italic line in a block quote', `> _Quiet please_\n\n${para}\n`, false),
  md(MD036, 'bold line in a block quote', `> **Quiet please in the reading room**\n\n${para}\n`, false),

  // markdownlint test/no-alt-text.md
  md(MD045, 'image with a description', '![Two readers at a long oak table](reading-room.jpg)\n', false),
  md(MD045, 'image without a description', '![](reading-room.jpg)\n', true),
  md(
    MD045,
    'image with a description and a title',
    '![Two readers at a long oak table](reading-room.jpg "Reading room")\n',
    false,
  ),
  md(MD045, 'image with only a title', '![](reading-room.jpg "Reading room")\n', true),
  md(
    MD045,
    'image without a description inside a sentence',
    'The room ![](reading-room.jpg) reopened.\n',
    true,
  ),
  md(
    MD045,
    'reference image with a description',
    'The room ![Two readers at a long oak table][room]\n\n[room]: reading-room.jpg\n',
    false,
  ),
  md(
    MD045,
    'reference image without a description',
    'The room ![][room]\n\n[room]: reading-room.jpg\n',
    true,
  ),
  md(
    MD045,
    'reference image with a title but no description',
    'The room ![][room]\n\n[room]: reading-room.jpg "Reading room"\n',
    true,
  ),
  md(
    MD045,
    'linked image with a description',
    '[![Two readers at a long oak table](room.jpg)](room-large.jpg)\n',
    false,
  ),
  md(MD045, 'linked image without a description', '[![](room.jpg)](room-large.jpg)\n', true),
  md(
    MD045,
    'image over two lines with a description',
    'The room ![Two readers at a long oak table](room.jpg "Reading room"\n) reopened.\n',
    false,
  ),
  md(
    MD045,
    'image over two lines without a description',
    'The room ![](room.jpg "Reading room"\n) reopened.\n',
    true,
  ),
  md(
    MD045,
    'HTML image with alt text',
    `${para}\n\n<img src="room.png" alt="Two readers at a long oak table" />\n`,
    false,
  ),
  md(MD045, 'HTML image with a bare alt attribute', `${para}\n\n<img src="room.png" alt>\n`, true),
  md(MD045, 'HTML image with alt="" (double quotes)', `${para}\n\n<img src="divider.png" alt="" />\n`, false),
  md(MD045, "HTML image with alt='' (single quotes)", `${para}\n\n<img src="divider.png" alt='' />\n`, false),
  md(MD045, 'HTML image with no alt in a sentence', 'The room <img src="room.png" /> reopened.\n', true),
  md(MD045, 'HTML image over two lines with no alt', `${para}\n\n<img\n  src="room.png">\n`, true),
  md(
    MD045,
    'HTML image over three lines with a bare alt',
    `${para}\n\n<img\n  src="room.png"\n  alt>\n`,
    true,
  ),
  md(
    MD045,
    'HTML image over lines with alt text',
    `${para}\n\n<img\n  src="room.png"\n  alt="Two readers at a long oak table"\n  >\n`,
    false,
  ),
  md(
    MD045,
    'upper-case HTML image with alt',
    `${para}\n\n<IMG SRC="cat.png" ALT="The library cat asleep on the returns trolley">\n`,
    false,
  ),
  md(MD045, 'upper-case HTML image without alt', 'The cat <IMG SRC="cat.png" /> sleeps.\n', true),
  md(MD045, 'HTML image without alt in an HTML paragraph', '<p>\n  <img src="room.png" />\n</p>\n', true),
  md(
    MD045,
    'HTML image hidden with aria-hidden',
    `${para}\n\n<img src="divider.png" aria-hidden="true"/>\n`,
    false,
  ),
  md(
    MD045,
    'HTML image hidden with ARIA-HIDDEN="TRUE"',
    `${para}\n\n<img src="divider.png" ARIA-HIDDEN="TRUE" />\n`,
    false,
  ),
  md(
    MD045,
    'HTML image with aria-hidden="false" and no alt',
    `${para}\n\n<img src="room.png" aria-hidden="false"/>\n`,
    true,
  ),
  md(
    MD045,
    'HTML image over lines hidden with aria-hidden',
    `${para}\n\n<img\n  src="divider.png"\n  aria-hidden="true"\n  />\n`,
    false,
  ),

  // markdownlint test/descriptive-link-text.md
  md(
    MD059,
    'link that names its page',
    '[Learn about the reading room](https://example.com/reading-room)\n',
    false,
  ),
  md(
    MD059,
    'short link that names its page',
    '[About the reading room](https://example.com/room.txt)\n',
    false,
  ),
  md(
    MD059,
    'link on the words that name the page',
    'Learn about [our lending rules](https://example.com/rules).\n',
    false,
  ),
  md(MD059, '"here"', 'Go [here](https://example.com/opening-hours)\n', true),
  md(
    MD059,
    '"Learn more" before the words that name it',
    '[Learn more](https://example.com/about) about us.\n',
    false,
  ),
  md(MD059, '"Click here"', '[Click here](https://example.com/file.txt).\n', true),
  md(MD059, '"Read more"', '[Read more](https://example.com/guide).\n', false),
  md(MD059, '"here!"', 'To get help, go [here!](https://example.com/contact).\n', true),
  md(MD059, '"more"', 'Learn [more](https://example.com/contact).\n', true),
  md(MD059, '"click here!!!!"', 'To learn more, [click here!!!!](https://example.com/about).\n', true),
  md(MD059, '"click-here!!!!"', '[click-here!!!!](https://example.com/first).\n', true),
  md(MD059, '"link"', 'Go to this [link](https://example.com/second).\n', true),
  md(MD059, 'reference link "link"', '[link][rules]\n\n[rules]: https://example.com/rules\n', true),
  md(MD059, '"click here" over two lines', 'Then [click\nhere](https://example.com/form)\n', true),
  md(MD059, '"link" with spaces inside', '[ link ](https://example.com/x)\n', true),
  md(MD059, '"link" in emphasis', '[*link*](https://example.com/x)\n', true),
  md(MD059, '"link" in underscores', '[_link_](https://example.com/x)\n', true),
  md(MD059, '"link" struck through', '[~~link~~](https://example.com/x)\n', true),
  md(MD059, '"link" as code', '[`link`](https://example.com/x)\n', false),

  // markdownlint-github test/no-default-alt-text.test.js
  md(
    GH001,
    'image syntax inside a code span',
    'Write `![image](https://example.com/a.png)` with a real description.\n',
    false,
  ),
  md(GH001, 'image syntax inside a fenced block', '```md\n![image](https://example.com/a.png)\n```\n', false),
  md(
    GH001,
    'a real description',
    "![Chart with a single root node reading 'Example'](https://example.com/a.png)\n",
    false,
  ),
  md(
    GH001,
    'HTML image with a real description',
    '<img alt="A helpful description of the chart" src="https://example.com/a.png">\n',
    false,
  ),
  md(
    GH001,
    'macOS "Screen Shot" name',
    '![Screen Shot 2022-06-26 at 7 41 30 PM](https://example.com/a.png)\n',
    true,
  ),
  // The peer's failure list includes it, though its pattern (a date right after the tool name) misses it.
  md(
    GH001,
    'GNOME "Screencast from" name',
    '![Screencast from 23 02 2024 19 15 19](https://example.com/a.png)\n',
    true,
  ),
  md(GH001, '"ScreenShot" name', '![ScreenShot 2022-06-26 at 7 41 30 PM](https://example.com/a.png)\n', true),
  md(
    GH001,
    '"Screen shot" name',
    '![Screen shot 2022-06-26 at 7 41 30 PM](https://example.com/a.png)\n',
    true,
  ),
  md(GH001, '"Screenshot" name', '![Screenshot 2022-06-26 at 7 41 30 PM](https://example.com/a.png)\n', true),
  md(GH001, 'CleanShot name', '![Clean Shot 2022-06-26 at 7 41 30 PM](https://example.com/a.png)\n', true),
  md(GH001, '"image"', '![image](https://example.com/a.png)\n', true),
  md(GH001, '"Image"', '![Image](https://example.com/a.png)\n', true),
  md(
    GH001,
    'HTML "Screen Shot" name',
    '<img alt="Screen Shot 2022-06-26 at 7 41 30 PM" src="https://example.com/a.png">\n',
    true,
  ),
  md(
    GH001,
    'HTML "Screencast from" name with a leading space',
    '<img alt=" Screencast from 23 02 2024 19 15 19" src="https://example.com/a.png">\n',
    true,
  ),
  md(GH001, 'HTML "Image"', '<img alt="Image" src="https://example.com/a.png">\n', true),
  md(GH001, 'two HTML images called "image"', '<img alt="image"><img alt="Image">\n', true),

  // markdownlint-github test/no-generic-link-text.test.js
  md(GH002, 'a named link', '[GitHub](https://www.github.com)\n', false),
  md(GH002, 'a long named link', '[Read more about GitHub](https://www.github.com/about)\n', false),
  md(GH002, 'an empty link is not generic text', '[](https://www.github.com)\n', false),
  md(GH002, 'an image is not a link', '![Image](https://www.github.com/a.png)\n', false),
  md(
    GH002,
    'a heading, text and a described image',
    `## Hello\n\nI am not a link, and unrelated.\n\n![GitHub mascot waving](some_image.png)\n`,
    false,
  ),
  md(GH002, '"Click here"', '[Click here](https://www.github.com)\n', true),
  md(GH002, '"here"', '[here](https://www.github.com)\n', true),
  md(GH002, '"read more" in a sentence', 'Please [read more](https://www.github.com)\n', true),
  md(GH002, '"more"', '[more](https://www.github.com)\n', true),
  md(GH002, '"link"', '[link](https://www.github.com)\n', true),
  md(GH002, '"learn more" in a sentence', 'You may [learn more](https://www.github.com) at GitHub\n', true),
  md(GH002, '"learn more."', '[learn more.](https://www.github.com)\n', true),
  md(GH002, '"click here!"', '[click here!](https://www.github.com)\n', true),

  // markdownlint-github test/no-empty-alt-text.test.js
  md(
    GH003,
    'HTML image with a description',
    '<img alt="A helpful description" src="https://example.com/a.png">\n',
    false,
  ),
  md(GH003, "alt='' inside a code span", "Never write `<img alt='' src='image.png'>` for a photo.\n", false),
  md(GH003, 'alt="" on the only image', '<img alt="" src="https://example.com/a.png">\n', true),
  md(GH003, "alt='' on the only image", "<img alt='' src='https://example.com/a.png'>\n", true),
  md(
    GH003,
    'two images side by side with alt=""',
    '<img src="cat.png" alt="" /> <img src="dog.png" alt="" />\n',
    true,
  ),

  // eslint-plugin-jsx-a11y __tests__/src/rules/img-redundant-alt-test.js, in HTML
  html(REDUNDANT, 'a description', '<img src="a.jpg" alt="Volunteers at the front desk">', false),
  html(
    REDUNDANT,
    'hidden image with "picture of … photo … image"',
    '<img src="a.jpg" alt="picture of me taking a photo of an image" aria-hidden="true">',
    false,
  ),
  html(
    REDUNDANT,
    'hidden image with "photo of image"',
    '<img src="a.jpg" aria-hidden="true" alt="photo of image">',
    false,
  ),
  html(REDUNDANT, 'mixed-case attribute name', '<img src="a.jpg" ALt="Volunteers at the front desk">', false),
  html(REDUNDANT, 'no alt at all is another rule', '<img src="a.jpg">', false),
  html(REDUNDANT, 'bare alt', '<img src="a.jpg" alt>', false),
  html(
    REDUNDANT,
    'aria-hidden="false" with a description',
    '<img src="a.jpg" aria-hidden="false" alt="Doing cool things.">',
    false,
  ),
  html(REDUNDANT, '"Photography" is a word of its own', '<img src="a.jpg" alt="Photography">', false),
  html(REDUNDANT, '"ImageMagick" is a name', '<img src="a.jpg" alt="ImageMagick">', false),
  html(REDUNDANT, '"Photo of friend."', '<img src="a.jpg" alt="Photo of friend.">', true),
  html(REDUNDANT, '"Picture of friend."', '<img src="a.jpg" alt="Picture of friend.">', true),
  html(REDUNDANT, '"Image of friend."', '<img src="a.jpg" alt="Image of friend.">', true),
  html(REDUNDANT, '"PhOtO of friend."', '<img src="a.jpg" alt="PhOtO of friend.">', true),
  html(REDUNDANT, '"photo"', '<img src="a.jpg" alt="photo">', true),
  html(REDUNDANT, '"piCTUre of friend."', '<img src="a.jpg" alt="piCTUre of friend.">', true),
  html(REDUNDANT, '"imAGE of friend."', '<img src="a.jpg" alt="imAGE of friend.">', true),
  html(
    REDUNDANT,
    '"photo of cool person" not hidden',
    '<img src="a.jpg" alt="photo of cool person" aria-hidden="false">',
    true,
  ),
  html(
    REDUNDANT,
    '"picture of cool person" not hidden',
    '<img src="a.jpg" alt="picture of cool person" aria-hidden="false">',
    true,
  ),
  html(
    REDUNDANT,
    '"image of cool person" not hidden',
    '<img src="a.jpg" alt="image of cool person" aria-hidden="false">',
    true,
  ),
  html(REDUNDANT, '"image"', '<img src="a.jpg" alt="image">', true),
  html(REDUNDANT, '"picture"', '<img src="a.jpg" alt="picture">', true),
  html(REDUNDANT, '"photo doing things"', '<img src="a.jpg" alt="photo doing things">', true),

  // eslint-plugin-jsx-a11y __tests__/src/rules/alt-text-test.js, in HTML
  html(ALT, 'img with alt', '<img src="a.jpg" alt="Volunteers at the front desk">', false),
  html(ALT, 'img with ALT in capitals', '<img src="a.jpg" ALT="Volunteers at the front desk">', false),
  html(ALT, 'img with alt=""', '<p>The desk is open.</p><img src="line.svg" alt="">', false),
  html(ALT, 'img with alt=" "', '<p>The desk is open.</p><img src="line.svg" alt=" ">', false),
  html(ALT, 'alt="" with role presentation', '<img src="line.svg" alt="" role="presentation">', false),
  html(ALT, 'alt="" with role none', '<img src="line.svg" alt="" role="none">', false),
  html(
    ALT,
    'alt text with role presentation',
    '<img src="fire.gif" alt="this is lit..." role="presentation">',
    false,
  ),
  html(ALT, 'img named by aria-label', '<img src="map.png" aria-label="Map of the branches">', false),
  html(
    ALT,
    'img named by aria-labelledby',
    '<p id="cap">Reading room</p><img src="room.png" aria-labelledby="cap">',
    false,
  ),
  html(
    ALT,
    'object named by aria-label',
    '<object data="tour.mp4" aria-label="Video tour of the library"></object>',
    false,
  ),
  html(
    ALT,
    'object named by aria-labelledby',
    '<p id="t">Video tour</p><object data="tour.mp4" aria-labelledby="t"></object>',
    false,
  ),
  html(ALT, 'object with content and nothing to load', '<object>Video tour of the library</object>', false),
  html(
    ALT,
    'object with descriptive content and nothing to load',
    '<object><p>Video tour of the library</p></object>',
    false,
  ),
  html(
    ALT,
    'object named by title',
    '<object data="tour.mp4" title="Video tour of the library"></object>',
    false,
  ),
  html(
    ALT,
    'area named by aria-label',
    '<img src="m.png" alt="Campus map" usemap="#m"><map name="m"><area href="/lib" aria-label="Library"></map>',
    false,
  ),
  html(
    ALT,
    'area with alt=""',
    '<img src="m.png" alt="Campus map" usemap="#m"><map name="m"><area alt=""></map>',
    false,
  ),
  html(
    ALT,
    'area with alt',
    '<img src="m.png" alt="Campus map" usemap="#m"><map name="m"><area href="/lib" alt="Library"></map>',
    false,
  ),
  html(
    ALT,
    'image button named by aria-label',
    '<input type="image" src="go.png" aria-label="Search the catalogue">',
    false,
  ),
  html(ALT, 'image button with alt=""', '<input type="image" src="go.png" alt="">', false),
  html(ALT, 'image button with alt', '<input type="image" src="go.png" alt="Search the catalogue">', false),
  html(ALT, 'plain input', '<label>Name <input></label>', false),
  html(ALT, 'img without alt', '<img>', true),
  html(ALT, 'img with a bare alt', '<img src="a.jpg" alt>', true),
  html(ALT, 'img with a source and no alt', '<img src="xyz.jpg">', true),
  html(ALT, 'img with an empty role and no alt', '<img src="a.jpg" role>', true),
  html(ALT, 'bare alt with role presentation', '<img src="a.jpg" alt role="presentation">', true),
  html(ALT, 'role presentation and no alt', '<img src="a.jpg" role="presentation">', true),
  html(ALT, 'role none and no alt', '<img src="a.jpg" role="none">', true),
  html(ALT, 'empty aria-label', '<img src="a.jpg" aria-label="">', true),
  html(ALT, 'empty aria-labelledby', '<img src="a.jpg" aria-labelledby="">', true),
  html(ALT, 'object with nothing to name it', '<object data="tour.mp4"></object>', true),
  html(
    ALT,
    'object with only hidden content',
    '<object data="tour.mp4"><div aria-hidden="true">Tour</div></object>',
    true,
  ),
  html(ALT, 'object with an empty aria-label', '<object data="tour.mp4" aria-label=""></object>', true),
  html(
    ALT,
    'object with an empty aria-labelledby',
    '<object data="tour.mp4" aria-labelledby=""></object>',
    true,
  ),
  html(
    ALT,
    'area without alt',
    '<img src="m.png" alt="Campus map" usemap="#m"><map name="m"><area href="/lib"></map>',
    true,
  ),
  html(
    ALT,
    'area with a bare alt',
    '<img src="m.png" alt="Campus map" usemap="#m"><map name="m"><area href="/lib" alt></map>',
    true,
  ),
  html(
    ALT,
    'area with an empty aria-label',
    '<img src="m.png" alt="Campus map" usemap="#m"><map name="m"><area href="/lib" aria-label=""></map>',
    true,
  ),
  html(
    ALT,
    'area with an empty aria-labelledby',
    '<img src="m.png" alt="Campus map" usemap="#m"><map name="m"><area href="/lib" aria-labelledby=""></map>',
    true,
  ),
  html(ALT, 'image button without alt', '<input type="image" src="go.png">', true),
  html(ALT, 'image button with a bare alt', '<input type="image" src="go.png" alt>', true),
  html(ALT, 'image button with an empty aria-label', '<input type="image" src="go.png" aria-label="">', true),
  html(
    ALT,
    'image button with an empty aria-labelledby',
    '<input type="image" src="go.png" aria-labelledby="">',
    true,
  ),

  // eslint-plugin-jsx-a11y __tests__/src/rules/anchor-has-content-test.js, in HTML
  html(ANCHOR, 'link with text', '<p><a href="/hours">Opening hours</a></p>', false),
  html(
    ANCHOR,
    'link with text in an element',
    '<p><a href="/hours"><span>Opening hours</span></a></p>',
    false,
  ),
  html(ANCHOR, 'link named by title', '<p><a href="/hours" title="Opening hours"></a></p>', false),
  html(ANCHOR, 'link named by aria-label', '<p><a href="/hours" aria-label="Opening hours"></a></p>', false),
  html(
    ANCHOR,
    'link named by title and aria-label',
    '<p><a href="/hours" title="Hours" aria-label="Opening hours"></a></p>',
    false,
  ),
  html(ANCHOR, 'empty link', '<p><a href="/hours"></a></p>', true),
  html(
    ANCHOR,
    'link with only hidden content',
    '<p><a href="/hours"><span aria-hidden="true">Opening hours</span></a></p>',
    true,
  ),

  // eslint-plugin-jsx-a11y __tests__/src/rules/heading-has-content-test.js, in HTML
  html(HEADING, 'h1 with text', '<h1>Library news</h1>', false),
  html(HEADING, 'h2 with text', '<h2>Opening hours</h2>', false),
  html(
    HEADING,
    'h6 with a number',
    '<h2>Events</h2><h3>2021</h3><h4>May</h4><h5>Week 2</h5><h6>123</h6>',
    false,
  ),
  html(HEADING, 'heading with text in an element', '<h2><span>Opening hours</span></h2>', false),
  html(HEADING, 'hidden empty heading', '<h2 aria-hidden="true"></h2>', false),
  html(HEADING, 'empty h1', '<h1></h1>', true),
  html(
    HEADING,
    'heading with only hidden content',
    '<h2><span aria-hidden="true">Opening hours</span></h2>',
    true,
  ),
  html(HEADING, 'heading with only a hidden input', '<h2><input type="hidden" name="x"></h2>', true),

  // axe-core test/integration/rules/image-alt
  html('axe-core image-alt fixture', 'no alt', '<img src="a.jpg">', true),
  html('axe-core image-alt fixture', 'empty aria-label', '<img src="a.jpg" aria-label="">', true),
  html(
    'axe-core image-alt fixture',
    'aria-labelledby to nothing',
    '<img src="a.jpg" aria-labelledby="nowhere">',
    true,
  ),
  html('axe-core image-alt fixture', 'empty title', '<img src="a.jpg" title="">', true),
  html('axe-core image-alt fixture', 'alt of one space', '<p>The desk.</p><img src="a.jpg" alt=" ">', true),
  html(
    'axe-core image-alt fixture',
    'role presentation but focusable',
    '<img src="a.jpg" role="presentation" tabindex="0">',
    true,
  ),
  html(
    'axe-core image-alt fixture',
    'role none with a live region',
    '<img src="a.jpg" role="none" aria-live="assertive">',
    true,
  ),
  html(
    'axe-core image-alt fixture',
    'image button role without a name',
    '<img src="a.jpg" role="button">',
    true,
  ),
  html('axe-core image-alt fixture', 'alt text', '<img src="a.jpg" alt="Volunteers at the desk">', false),
  html(
    'axe-core image-alt fixture',
    'aria-label',
    '<img src="a.jpg" aria-label="Volunteers at the desk">',
    false,
  ),
  html(
    'axe-core image-alt fixture',
    'aria-labelledby',
    '<p id="l">Volunteers at the desk</p><img src="a.jpg" aria-labelledby="l">',
    false,
  ),
  html('axe-core image-alt fixture', 'alt=""', '<p>The desk.</p><img src="a.jpg" alt="">', false),
  html('axe-core image-alt fixture', 'title', '<img src="a.jpg" title="Volunteers at the desk">', false),
  html('axe-core image-alt fixture', 'role presentation', '<img src="a.jpg" role="presentation">', false),
  html('axe-core image-alt fixture', 'role none', '<img src="a.jpg" role="none">', false),
  html(
    'axe-core image-alt fixture',
    'labelled by hidden text',
    '<p id="h" style="display: none">Volunteers at the desk</p><img src="a.jpg" aria-labelledby="h">',
    false,
  ),

  // axe-core test/integration/rules/link-name
  html('axe-core link-name fixture', 'text', '<p><a href="/a">Opening hours</a></p>', false),
  html(
    'axe-core link-name fixture',
    'aria-label',
    '<p><a href="/a" aria-label="Opening hours"></a></p>',
    false,
  ),
  html(
    'axe-core link-name fixture',
    'aria-labelledby',
    '<p id="x">Opening hours</p><p><a href="/a" aria-labelledby="x"></a></p>',
    false,
  ),
  html('axe-core link-name fixture', 'title', '<p><a href="/a" title="Opening hours"></a></p>', false),
  html('axe-core link-name fixture', 'empty', '<p><a href="/a"></a></p>', true),
  html(
    'axe-core link-name fixture',
    'aria-labelledby to nothing',
    '<p><a href="/a" aria-labelledby="nowhere"></a></p>',
    true,
  ),
  html(
    'axe-core link-name fixture',
    'aria-labelledby to an empty element',
    '<div id="e"></div><p><a href="/a" aria-labelledby="e"></a></p>',
    true,
  ),
  html('axe-core link-name fixture', 'role none and empty', '<p><a href="/a" role="none"></a></p>', true),
  html(
    'axe-core link-name fixture',
    'role="link" on a span is not a link element',
    '<p><span role="link">Opening hours</span></p>',
    false,
  ),

  // axe-core test/integration/rules/empty-heading
  html('axe-core empty-heading fixture', 'heading with text', '<h2>Opening hours</h2>', false),
  html(
    'axe-core empty-heading fixture',
    'role heading with text',
    '<div role="heading" aria-level="2">Opening hours</div>',
    false,
  ),
  html('axe-core empty-heading fixture', 'empty', '<h2></h2>', true),
  html(
    'axe-core empty-heading fixture',
    'only hidden text',
    '<h2><span style="display: none">Opening hours</span></h2>',
    true,
  ),

  // axe-core test/integration/rules/object-alt
  html(
    'axe-core object-alt fixture',
    'named by title',
    '<object data="tour.mp4" title="Video tour"></object>',
    false,
  ),
  html(
    'axe-core object-alt fixture',
    'role presentation',
    '<object data="tour.mp4" role="presentation"></object>',
    false,
  ),
  html('axe-core object-alt fixture', 'no name', '<object data="tour.mp4"></object>', true),
  html(
    'axe-core object-alt fixture',
    'fallback text does not name it',
    '<object data="tour.mp4">A video tour.</object>',
    true,
  ),
  html(
    'axe-core object-alt fixture',
    'role none but focusable',
    '<object data="tour.mp4" role="none" tabindex="0"></object>',
    true,
  ),
  html(
    'axe-core object-alt fixture',
    'no data, nothing is embedded',
    '<object><!-- nothing --></object>',
    false,
  ),

  // axe-core test/integration/rules/role-img-alt
  html(
    'axe-core role-img-alt fixture',
    'role img with aria-label',
    '<div role="img" aria-label="Map of the branches"></div>',
    false,
  ),
  html('axe-core role-img-alt fixture', 'role img without a name', '<div role="img"></div>', true),
  html(
    'axe-core role-img-alt fixture',
    'role img with an empty aria-label',
    '<span role="img" aria-label=""></span>',
    true,
  ),

  // axe-core test/integration/rules/svg-img-alt
  html(
    'axe-core svg-img-alt fixture',
    'svg role img with a title',
    '<svg role="img"><title>Map of the branches</title></svg>',
    false,
  ),
  html(
    'axe-core svg-img-alt fixture',
    'svg role img with aria-label',
    '<svg role="img" aria-label="Map of the branches"></svg>',
    false,
  ),
  html(
    'axe-core svg-img-alt fixture',
    'svg role img without a name',
    '<svg role="img"><circle r="4"></circle></svg>',
    true,
  ),
  html(
    'axe-core svg-img-alt fixture',
    'svg role img with an empty title',
    '<svg role="img"><title></title></svg>',
    true,
  ),

  // axe-core test/integration/rules/valid-lang
  html('axe-core valid-lang fixture', 'valid language', '<p lang="fr">Bonjour à tous</p>', false),
  html(
    'axe-core valid-lang fixture',
    'valid language with region',
    '<p lang="fr-CA">Bonjour à tous</p>',
    false,
  ),
  html('axe-core valid-lang fixture', 'empty lang (unknown language)', '<p lang="">Hello</p>', false),
  html('axe-core valid-lang fixture', 'not a language', '<p lang="blah">Hello</p>', true),
  html('axe-core valid-lang fixture', 'a language name', '<p lang="french">Bonjour à tous</p>', true),

  // axe-core test/integration/rules/list and listitem
  html('axe-core list fixture', 'list of items', '<ul><li>Monday</li><li>Tuesday</li></ul>', false),
  html(
    'axe-core list fixture',
    'list with a script between items',
    '<ol><li>Monday</li><script></script><li>Tuesday</li></ol>',
    false,
  ),
  html(
    'axe-core list fixture',
    'list with a paragraph in it',
    '<ul><li>Monday</li><p>Tuesday</p></ul>',
    true,
  ),
  html('axe-core list fixture', 'list with text in it', '<ul>Monday<li>Tuesday</li></ul>', true),
  html('axe-core listitem fixture', 'item in a list', '<ul><li>Monday</li></ul>', false),
  html('axe-core listitem fixture', 'item in a role list', '<div role="list"><li>Monday</li></div>', false),
  html('axe-core listitem fixture', 'item outside a list', '<div><li>Monday</li></div>', true),

  // axe-core test/integration/rules/presentation-role-conflict
  html(
    'axe-core presentation-role-conflict fixture',
    'presentational image',
    '<img src="line.svg" alt="" role="presentation">',
    false,
  ),
  html(
    'axe-core presentation-role-conflict fixture',
    'presentational but focusable',
    '<img src="line.svg" alt="" role="none" tabindex="0">',
    true,
  ),
  html(
    'axe-core presentation-role-conflict fixture',
    'presentational with a global ARIA attribute',
    '<li role="presentation" aria-label="Monday">x</li>',
    true,
  ),

  // axe-core test/integration/rules/frame-title
  html(
    'axe-core frame-title fixture',
    'frame with a title',
    '<iframe src="map.html" title="Map of the branches"></iframe>',
    false,
  ),
  html(
    'axe-core frame-title fixture',
    'frame with aria-label',
    '<iframe src="map.html" aria-label="Map of the branches"></iframe>',
    false,
  ),
  html('axe-core frame-title fixture', 'frame without a title', '<iframe src="map.html"></iframe>', true),
  html(
    'axe-core frame-title fixture',
    'frame with an empty title',
    '<iframe src="map.html" title=""></iframe>',
    true,
  ),
  html(
    'axe-core frame-title fixture',
    'hidden frame',
    '<iframe src="map.html" style="display: none"></iframe>',
    false,
  ),
];
