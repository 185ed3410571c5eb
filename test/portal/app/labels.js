// Label texts of the replica's forms. `?labels=alt` varies them the way real pages vary:
// full-width vs half-width colons, extra spaces, the `*` written in the text instead of Element's CSS ::before,
// and a different field order inside the forms. Titles, column headers and button texts never vary (`?vary` varies them: vary.js).
(function () {
  'use strict';
  const XR = window.XR;
  const alt = new URLSearchParams(location.search).get('labels') === 'alt';
  XR.labelsMode = alt ? 'alt' : 'standard';

  /** 姓名 → 姓 名, 行政区划名称 → 行政区划名 称 (how wrapped or letter-spaced labels come out as text). */
  function spaced(text) {
    if (text.length === 2) return `${text[0]} ${text[1]}`;
    return `${text.slice(0, -1)} ${text.slice(-1)}`;
  }
  const ALT_STYLES = [
    (t, star) => `${star ? '*' : ''}${t}：`,
    (t, star) => `${star ? '* ' : ''}${t}:`,
    (t, star) => ` ${star ? '*' : ''}${spaced(t)}： `,
    (t, star) => `${star ? '*' : ''}${t} :`,
  ];

  /** The visible label of a form field; `index` is its position in the form (varies the style in alt mode). */
  XR.formLabel = function (text, index, required) {
    if (!alt) return text; // the * comes from Element's .is-required ::before
    return ALT_STYLES[index % ALT_STYLES.length](text, required);
  };
  /** Field-name prefix of read-only detail views (学时核认申报详细): 姓名: / 姓名： */
  XR.viewLabel = function (text, index) {
    if (!alt) return `${text}:`;
    return index % 2 ? `${text}：` : ` ${text} : `;
  };
  // Field orders in alt mode: each form passes its alt order to XR.vary.layout (vary.js), which also decides
  // whether Element's CSS star is hidden (XR.hideAsterisk).
  XR.hideAsterisk = alt;
})();
