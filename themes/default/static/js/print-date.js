// The printed page's margin says when it was printed (the layout's #print-date style holds the
// data's date for a reader without JavaScript). Thai calendar and the site's digits.
(function () {
  var style = document.getElementById('print-date');
  var script = document.currentScript;
  if (!style || !window.Intl) return;
  var digits = script && script.getAttribute('data-digits') === 'arabic' ? 'latn' : 'thai';
  var day = new Date().toLocaleDateString('th-TH-u-nu-' + digits,
                                         { day: 'numeric', month: 'long', year: 'numeric' });
  style.textContent = '@page { @bottom-right { content: "พิมพ์เมื่อ ' + day + '"; } }';
})();
