// The template pass blanks template syntax character for character: offsets and line breaks stay
// those of the source, code-like tags become fences, image tags are returned as images.
import { describe, expect, it } from 'vitest';
import { GENERATOR_IMAGE_TAGS } from '../../src/site/facts.js';
import { maskTemplates, TAG_FILLER, type TemplatePassOptions } from '../../src/site/template-pass.js';

const liquid: TemplatePassOptions = {
  templates: ['liquid'],
  attributeLists: true,
  imageTags: GENERATOR_IMAGE_TAGS.jekyll!,
};
const hugo: TemplatePassOptions = {
  templates: ['hugo'],
  attributeLists: true,
  imageTags: { ...GENERATOR_IMAGE_TAGS.hugo, photo: { src: 0, alt: 'text' } },
};
const zola: TemplatePassOptions = {
  templates: ['zola'],
  attributeLists: true,
  imageTags: { image: { src: 'path', alt: 'alt' } },
};
const mdx: TemplatePassOptions = { templates: ['mdx'], attributeLists: false, imageTags: {} };
const nunjucks: TemplatePassOptions = { templates: ['nunjucks'], attributeLists: false, imageTags: {} };

function mask(source: string, options: TemplatePassOptions) {
  const result = maskTemplates(source, options);
  expect(result.text).toHaveLength(source.length);
  expect(result.text.split('\n').length).toBe(source.split('\n').length);
  return result;
}

describe('maskTemplates', () => {
  it.each([
    [
      'Liquid output in a reference definition',
      liquid,
      '[a]: {{ site.url }}/docs\n',
      `[a]: ${' '.repeat(14)}/docs\n`,
    ],
    [
      'a Liquid tag on its own line',
      liquid,
      'Text\n{% if page.x %}\nMore\n',
      'Text\n               \nMore\n',
    ],
    [
      'a Liquid comment block',
      liquid,
      '{% comment %}\n# not a heading\n{% endcomment %}\n',
      `${' '.repeat(13)}\n${' '.repeat(15)}\n${' '.repeat(16)}\n`,
    ],
    [
      'raw keeps its content as written',
      liquid,
      'A {% raw %}{{ x }}{% endraw %}',
      `A ${' '.repeat(9)}{{ x }}${' '.repeat(12)}`,
    ],
    ['a Hugo shortcode with a URL parameter', hugo, '{{< youtube "https://x.example/v" >}}', ' '.repeat(37)],
    ['a Zola shortcode call', zola, 'See {{ youtube(id="x") }} here', `See ${' '.repeat(21)} here`],
    ['plain {{ }} is text on a Zola site', zola, 'Use {{ name }} here', 'Use {{ name }} here'],
    ['a Nunjucks comment', nunjucks, 'a {# note #} b', 'a            b'],
    ['a kramdown block attribute list', liquid, 'Para\n{: .note}\n', 'Para\n         \n'],
    ['a heading id', hugo, '## Title {#title}\n', '## Title         \n'],
    ['"{#1}" inside prose is not an attribute list', hugo, 'Issue {#1} is open\n', 'Issue {#1} is open\n'],
    [
      'an MDX comment and expression',
      mdx,
      'Hi {/* note */} and {props.x}.',
      `Hi ${' '.repeat(12)} and ${' '.repeat(9)}.`,
    ],
    [
      'MDX braces inside code are code',
      mdx,
      'Use `{x}` here\n```js\nconst a = {b};\n```\n',
      'Use `{x}` here\n```js\nconst a = {b};\n```\n',
    ],
    ['an unclosed tag is left alone', liquid, 'Price {{ 5 and more', 'Price {{ 5 and more'],
  ])('%s', (_name, options, source, expected) => {
    expect(mask(source, options).text).toBe(expected);
  });

  it('a value printed on a heading line stays text: the heading is not empty', () => {
    expect(mask('## {{ page.title }}\n', liquid).text).toBe('## {{ page.title }}\n');
  });

  it('MDX import and export lines are blanked', () => {
    const text = mask("import Image from '@theme/IdealImage';\n\nText\n", mdx).text;
    expect(text.trim()).toBe('Text');
  });

  it('an MDX attribute expression keeps a quoted value, its literal text when it has one', () => {
    expect(mask('<Image src={img} alt={"A cat"} />', mdx).text).toBe('<Image src=""    alt="A cat"   />');
  });

  it('highlight and codeblock become fences of the same length', () => {
    const source = 'Intro\n\n{% highlight ruby %}\n# comment\nputs 1\n{% endhighlight %}\n';
    const { text } = mask(source, liquid);
    expect(text.split('\n')[2]!.trimEnd()).toBe('```ruby');
    expect(text.split('\n')[5]!.trimEnd()).toBe('```');
    const octo = mask('{% codeblock lang:bash Capfile %}\n# x\n{% endcodeblock %}\n', liquid).text;
    expect(octo.split('\n')[0]!.trimEnd()).toBe('```bash');
  });

  it('a highlight tag that is not on its own line is blanked whole (code, never prose)', () => {
    const { text } = mask('Run {% highlight sh %}# x{% endhighlight %} now', liquid);
    expect(text.trim()).toMatch(/^Run\s+now$/);
  });

  it('a highlight inside a fenced code block stays as written there', () => {
    const source = '```liquid\n{% highlight ruby %}\n{% endhighlight %}\n```\n';
    expect(mask(source, liquid).text).not.toContain('```ruby');
  });

  it('a tag opening a line with text after it becomes filler, not an indent', () => {
    const { text } = mask('{{% note %}}Important{{% /note %}}\n', { ...hugo, templates: ['hugo'] });
    expect(text.startsWith(TAG_FILLER)).toBe(true);
    expect(text.replaceAll(TAG_FILLER, '').trim()).toBe('Important');
  });

  it('leaves the front matter alone', () => {
    const source = '---\ntitle: "{{ x }}"\n---\n{{ y }}';
    expect(mask(source, { ...liquid, from: 22 }).text).toBe('---\ntitle: "{{ x }}"\n---\n       ');
  });
});

describe('image tags', () => {
  const imagesOf = (source: string, options: TemplatePassOptions) =>
    mask(source, options).images.map(({ start: _s, end: _e, ...rest }) => rest);

  it('a Hugo figure with a caption and no alt: Hugo prints the caption as the alt', () => {
    expect(imagesOf('{{< figure src="/c.png" caption="Sales by month" >}}', hugo)).toEqual([
      { tag: 'figure', src: '/c.png', alt: 'Sales by month', caption: 'Sales by month' },
    ]);
  });

  it('a site shortcode whose template always prints alt=: no parameter is alt=""; a template default is not judged', () => {
    const tags = {
      foto: { src: 'datei', alt: 'text', whenAltMissing: 'empty' as const },
      img: { src: 'src', alt: 'caption', whenAltMissing: 'unknown' as const },
    };
    const site = { ...hugo, imageTags: tags };
    expect(imagesOf('{{< foto datei="/t.jpg" >}}', site)).toEqual([{ tag: 'foto', src: '/t.jpg', alt: '' }]);
    expect(imagesOf('{{< img src="/u.jpg" >}}', site)).toEqual([]);
    expect(imagesOf('{{< img src="/u.jpg" caption="The team" >}}', site)).toEqual([
      { tag: 'img', src: '/u.jpg', alt: 'The team' },
    ]);
  });

  it('a Hugo figure: alt and caption as parameters; its title is a caption heading, not an img title; no alt parameter means no alt', () => {
    expect(imagesOf('{{< figure src="/a.png" alt="A chart" caption="Sales" >}}', hugo)).toEqual([
      { tag: 'figure', src: '/a.png', alt: 'A chart', caption: 'Sales' },
    ]);
    expect(imagesOf('{{< figure src=\'/b.png\' title="Map" >}}', hugo)).toEqual([
      { tag: 'figure', src: '/b.png' },
    ]);
  });

  it('a site shortcode mapped by position and name', () => {
    expect(imagesOf('{{< photo "/c.jpg" text="Two people" >}}', hugo)).toEqual([
      { tag: 'photo', src: '/c.jpg', alt: 'Two people' },
    ]);
  });

  it.each([
    ['{% img /x.png %}', { src: '/x.png' }],
    ['{% img left /x.png 300 200 %}', { src: '/x.png' }],
    ['{% img /x.png Nice view. %}', { src: '/x.png', title: 'Nice view.', alt: 'Nice view.' }],
    ["{% img right /x.png 300 'Title' 'Alt text' %}", { src: '/x.png', title: 'Title', alt: 'Alt text' }],
    [
      '{% img http://example.com/x.png "Only title" %}',
      { src: 'http://example.com/x.png', title: 'Only title', alt: 'Only title' },
    ],
  ])('Octopress %s', (source, expected) => {
    expect(imagesOf(source, liquid)).toEqual([{ tag: 'img', ...expected }]);
  });

  it('Jekyll includes: image.html and figure.html parameters', () => {
    expect(imagesOf('{% include image.html url="/d.jpg" alt="A desk" caption="Our desk" %}', liquid)).toEqual(
      [{ tag: 'include image.html', src: '/d.jpg', alt: 'A desk', caption: 'Our desk' }],
    );
    expect(imagesOf('{% include footer.html %}', liquid)).toEqual([]);
  });

  it('a Zola shortcode image', () => {
    expect(imagesOf('{{ image(path="/e.png", alt="Logo") }}', zola)).toEqual([
      { tag: 'image', src: '/e.png', alt: 'Logo' },
    ]);
  });

  it('an image tag inside a fenced code block is code, not an image', () => {
    expect(imagesOf('```\n{% img /x.png %}\n```\n', liquid)).toEqual([]);
  });
});
