// WCAG 2.2 success criteria and technique families, for links from rule docs to the W3C's
// Understanding and Techniques documents.

export interface Criterion {
  name: string;
  level: 'A' | 'AA' | 'AAA';
  /** Slug of the Understanding document. */
  slug: string;
}

const UNDERSTANDING = 'https://www.w3.org/WAI/WCAG22/Understanding/';
const TECHNIQUES = 'https://www.w3.org/WAI/WCAG22/Techniques/';

function sc(name: string, level: Criterion['level'], slug?: string): Criterion {
  return {
    name,
    level,
    slug:
      slug ??
      name
        .toLowerCase()
        .replace(/[()]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
  };
}

export const WCAG_CRITERIA: Record<string, Criterion> = {
  '1.1.1': sc('Non-text Content', 'A'),
  '1.2.1': sc('Audio-only and Video-only (Prerecorded)', 'A', 'audio-only-and-video-only-prerecorded'),
  '1.2.2': sc('Captions (Prerecorded)', 'A', 'captions-prerecorded'),
  '1.2.3': sc(
    'Audio Description or Media Alternative (Prerecorded)',
    'A',
    'audio-description-or-media-alternative-prerecorded',
  ),
  '1.2.4': sc('Captions (Live)', 'AA', 'captions-live'),
  '1.2.5': sc('Audio Description (Prerecorded)', 'AA', 'audio-description-prerecorded'),
  '1.2.6': sc('Sign Language (Prerecorded)', 'AAA', 'sign-language-prerecorded'),
  '1.2.7': sc('Extended Audio Description (Prerecorded)', 'AAA', 'extended-audio-description-prerecorded'),
  '1.2.8': sc('Media Alternative (Prerecorded)', 'AAA', 'media-alternative-prerecorded'),
  '1.2.9': sc('Audio-only (Live)', 'AAA', 'audio-only-live'),
  '1.3.1': sc('Info and Relationships', 'A'),
  '1.3.2': sc('Meaningful Sequence', 'A'),
  '1.3.3': sc('Sensory Characteristics', 'A'),
  '1.3.4': sc('Orientation', 'AA'),
  '1.3.5': sc('Identify Input Purpose', 'AA'),
  '1.3.6': sc('Identify Purpose', 'AAA'),
  '1.4.1': sc('Use of Color', 'A'),
  '1.4.2': sc('Audio Control', 'A'),
  '1.4.3': sc('Contrast (Minimum)', 'AA', 'contrast-minimum'),
  '1.4.4': sc('Resize Text', 'AA'),
  '1.4.5': sc('Images of Text', 'AA'),
  '1.4.6': sc('Contrast (Enhanced)', 'AAA', 'contrast-enhanced'),
  '1.4.7': sc('Low or No Background Audio', 'AAA'),
  '1.4.8': sc('Visual Presentation', 'AAA'),
  '1.4.9': sc('Images of Text (No Exception)', 'AAA', 'images-of-text-no-exception'),
  '1.4.10': sc('Reflow', 'AA'),
  '1.4.11': sc('Non-text Contrast', 'AA'),
  '1.4.12': sc('Text Spacing', 'AA'),
  '1.4.13': sc('Content on Hover or Focus', 'AA'),
  '2.1.1': sc('Keyboard', 'A'),
  '2.1.2': sc('No Keyboard Trap', 'A'),
  '2.1.3': sc('Keyboard (No Exception)', 'AAA', 'keyboard-no-exception'),
  '2.1.4': sc('Character Key Shortcuts', 'A'),
  '2.2.1': sc('Timing Adjustable', 'A'),
  '2.2.2': sc('Pause, Stop, Hide', 'A'),
  '2.2.3': sc('No Timing', 'AAA'),
  '2.2.4': sc('Interruptions', 'AAA'),
  '2.2.5': sc('Re-authenticating', 'AAA'),
  '2.2.6': sc('Timeouts', 'AAA'),
  '2.3.1': sc('Three Flashes or Below Threshold', 'A'),
  '2.3.2': sc('Three Flashes', 'AAA'),
  '2.3.3': sc('Animation from Interactions', 'AAA'),
  '2.4.1': sc('Bypass Blocks', 'A'),
  '2.4.2': sc('Page Titled', 'A'),
  '2.4.3': sc('Focus Order', 'A'),
  '2.4.4': sc('Link Purpose (In Context)', 'A', 'link-purpose-in-context'),
  '2.4.5': sc('Multiple Ways', 'AA'),
  '2.4.6': sc('Headings and Labels', 'AA'),
  '2.4.7': sc('Focus Visible', 'AA'),
  '2.4.8': sc('Location', 'AAA'),
  '2.4.9': sc('Link Purpose (Link Only)', 'AAA', 'link-purpose-link-only'),
  '2.4.10': sc('Section Headings', 'AAA'),
  '2.4.11': sc('Focus Not Obscured (Minimum)', 'AA', 'focus-not-obscured-minimum'),
  '2.4.12': sc('Focus Not Obscured (Enhanced)', 'AAA', 'focus-not-obscured-enhanced'),
  '2.4.13': sc('Focus Appearance', 'AAA'),
  '2.5.1': sc('Pointer Gestures', 'A'),
  '2.5.2': sc('Pointer Cancellation', 'A'),
  '2.5.3': sc('Label in Name', 'A'),
  '2.5.4': sc('Motion Actuation', 'A'),
  '2.5.5': sc('Target Size (Enhanced)', 'AAA', 'target-size-enhanced'),
  '2.5.6': sc('Concurrent Input Mechanisms', 'AAA'),
  '2.5.7': sc('Dragging Movements', 'AA'),
  '2.5.8': sc('Target Size (Minimum)', 'AA', 'target-size-minimum'),
  '3.1.1': sc('Language of Page', 'A'),
  '3.1.2': sc('Language of Parts', 'AA'),
  '3.1.3': sc('Unusual Words', 'AAA'),
  '3.1.4': sc('Abbreviations', 'AAA'),
  '3.1.5': sc('Reading Level', 'AAA'),
  '3.1.6': sc('Pronunciation', 'AAA'),
  '3.2.1': sc('On Focus', 'A'),
  '3.2.2': sc('On Input', 'A'),
  '3.2.3': sc('Consistent Navigation', 'AA'),
  '3.2.4': sc('Consistent Identification', 'AA'),
  '3.2.5': sc('Change on Request', 'AAA'),
  '3.2.6': sc('Consistent Help', 'A'),
  '3.3.1': sc('Error Identification', 'A'),
  '3.3.2': sc('Labels or Instructions', 'A'),
  '3.3.3': sc('Error Suggestion', 'AA'),
  '3.3.4': sc('Error Prevention (Legal, Financial, Data)', 'AA', 'error-prevention-legal-financial-data'),
  '3.3.5': sc('Help', 'AAA'),
  '3.3.6': sc('Error Prevention (All)', 'AAA', 'error-prevention-all'),
  '3.3.7': sc('Redundant Entry', 'A'),
  '3.3.8': sc('Accessible Authentication (Minimum)', 'AA', 'accessible-authentication-minimum'),
  '3.3.9': sc('Accessible Authentication (Enhanced)', 'AAA', 'accessible-authentication-enhanced'),
  '4.1.2': sc('Name, Role, Value', 'A'),
  '4.1.3': sc('Status Messages', 'AA'),
};

export function understandingUrl(criterion: string): string | undefined {
  const known = WCAG_CRITERIA[criterion];
  return known ? `${UNDERSTANDING}${known.slug}.html` : undefined;
}

const TECHNIQUE_FAMILIES: Array<[RegExp, string]> = [
  [/^ARIA\d+$/, 'aria'],
  [/^SCR\d+$/, 'client-side-script'],
  [/^SVR\d+$/, 'server-side-script'],
  [/^PDF\d+$/, 'pdf'],
  [/^SM\d+$/, 'smil'],
  [/^C\d+$/, 'css'],
  [/^G\d+$/, 'general'],
  [/^H\d+$/, 'html'],
  [/^F\d+$/, 'failures'],
  [/^T\d+$/, 'text'],
];

export function techniqueUrl(id: string): string | undefined {
  const family = TECHNIQUE_FAMILIES.find(([pattern]) => pattern.test(id))?.[1];
  return family ? `${TECHNIQUES}${family}/${id}` : undefined;
}

/** Titles of the techniques the rule catalogue cites (others are linked by id only). */
export const TECHNIQUE_TITLES: Record<string, string> = {
  F2: 'Using changes in text presentation to convey information without the appropriate markup or text',
  F30: 'Using text alternatives that are not alternatives (e.g., filenames or placeholder text)',
  F39: 'Providing a text alternative that is not null for images that should be ignored by assistive technology',
  F43: 'Using structural markup in a way that does not represent relationships in the content',
  F63: 'Providing link context only in content that is not related to the link',
  F65: 'Omitting the alt attribute or text alternative on img elements, area elements, and input elements of type "image"',
  F84: 'Using a non-specific link such as "click here" or "more" without a mechanism to change the link text',
  F89: 'Not providing an accessible name for an image which is the only content in a link',
  G94: 'Providing short text alternative for non-text content that serves the same purpose and presents the same information',
  G95: 'Providing short text alternatives that provide a brief description of the non-text content',
  G141: 'Organizing a page using headings',
  H37: 'Using alt attributes on img elements',
  H42: 'Using h1-h6 to identify headings',
  H48: 'Using ol, ul and dl for lists or groups of links',
  H51: 'Using table markup to present tabular information',
  H57: 'Using the language attribute on the HTML element',
};
