// English.

import type { LanguagePack } from '../pack.js';
import {
  CMS_TEMPLATES,
  EDITORIA11Y,
  EVERYDAY_EQUIVALENT,
  F30,
  F84,
  FREQ_EN,
  G94,
  G95,
  H37,
  OS_SCREENSHOT_NAMES,
  PRESS_CREDIT,
  RULES_CATALOGUE,
  SA11Y,
  WAI_TUTORIAL,
} from '../sources.js';

export const en: LanguagePack = {
  tag: 'en',
  script: 'Latn',
  words: {
    placeholders: [
      { text: 'image|images|img|photo|photos|photograph|picture|pictures|pic|graphic|graphics', source: F30 },
      { text: 'illustration|figure|thumbnail|icon|banner|spacer|placeholder|untitled|blank', source: SA11Y },
      { text: 'alt|alt text|alttext|alt tag|image description|description', source: EDITORIA11Y },
      { text: 'featured image|hero image|header image|stock photo|stock image', source: SA11Y },
    ],
    placeholderFillers: [{ text: 'a|an|the|this|of|main|new|untitled|stock|no', source: F30 }],
    redundantPrefixes: [
      {
        text: 'image of|an image of|picture of|a picture of|photo of|a photo of|photograph of|a photograph of|graphic of|a graphic of',
        source: H37,
      },
      {
        text: 'image showing|photo showing|picture showing|image shows|photo shows|picture shows|this image shows|this photo shows|this picture shows|this is an image of|this is a photo of|this is a picture of',
        source: SA11Y,
      },
      { text: 'image|photo|picture|graphic', source: EDITORIA11Y, colon: true },
    ],
    creditMarkers: [
      {
        text: 'photo credit|photo credits|image credit|image credits|picture credit|credit|credits',
        source: PRESS_CREDIT,
        colon: true,
      },
      {
        text: 'photo courtesy of|courtesy of|image courtesy of|photo courtesy|image courtesy',
        source: PRESS_CREDIT,
      },
      {
        text: 'photo by|photograph by|image by|picture by|photographed by',
        source: PRESS_CREDIT,
        nameNext: true,
      },
      { text: 'photo|image|picture|photographer', source: PRESS_CREDIT, colon: true, nameNext: true },
    ],
    complexImages: [
      {
        text: 'chart|charts|bar chart|pie chart|line chart|graph|graphs|diagram|diagrams|flowchart|flow chart',
        source: G95,
      },
      {
        text: 'infographic|infographics|map of|org chart|organizational chart|timeline',
        source: WAI_TUTORIAL,
      },
      { text: 'slide|slides|poster|screenshot|screen shot|screen capture', source: G95 },
    ],
    notComplex: [{ text: 'title slide|opening slide|cover slide', source: G95 }],
    viewWords: [{ text: 'view|views|shot|shots', source: G94 }],
    descriptionLabels: [
      {
        text: 'alt text|image description|image caption|description|caption|text description|long description',
        source: WAI_TUTORIAL,
        colon: true,
      },
    ],
    articles: [{ text: 'a|an|the', source: G95 }],
    vagueLinks: [
      { text: 'click here|more|read more', source: F84 },
      { text: 'here', source: RULES_CATALOGUE },
      {
        text: 'click|click here to read more|find out more|learn more|more info|more information|this link|link|this page|continue reading|see more|read more here|learn more here|more details|details|go here|a link|the link',
        source: EVERYDAY_EQUIVALENT,
      },
    ],
    screenshotNames: [
      { text: 'screenshot|screen shot', source: OS_SCREENSHOT_NAMES },
      { text: 'screencast|screen cast|cleanshot|clean shot', source: OS_SCREENSHOT_NAMES },
    ],
  },
  fieldLabels: {
    published: [
      {
        text: 'Published|Published on|Date published|Publication date|Posted|Posted on|Date posted',
        source: CMS_TEMPLATES,
      },
    ],
    modified: [
      { text: 'Updated|Last updated|Updated on|Last modified|Modified|Date modified', source: CMS_TEMPLATES },
    ],
  },
  detection: {
    functionWords: [
      {
        text: 'the|a|of|and|to|in|is|that|for|it|with|as|was|on|be|by|this|are|you|we|have|from|at|or|not|an|they|will|can|our|your|which|their|has|more|about|been|would|what|there|when|if|all|how|its|into|these|also|than|who|were|should|new|use|using|get',
        source: FREQ_EN,
      },
    ],
    letters: [],
  },
};
