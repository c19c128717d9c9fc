/* Quick exit, as progressive enhancement: without JavaScript the button is a plain link.
   With it, the button and pressing Shift three times (within 5 seconds, no other key between)
   replace this page with the neutral site, so Back does not return here. Browser history still
   shows the visit: the safe-browsing page says so. */
(function () {
  var exit = document.querySelector('a[data-quick-exit]');
  if (!exit) { return; }
  var status = document.querySelector('.exit-status');
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.className += ' exiting';
    if (status) { status.textContent = status.getAttribute('data-leaving'); }
    window.location.replace(exit.href);
  }
  exit.addEventListener('click', leave);
  var presses = 0, timer = null;
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Shift') { presses = 0; }
  });
  document.addEventListener('keyup', function (e) {
    if (e.key !== 'Shift') { return; }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { presses = 0; }, 5000);
    if (presses >= 3) { presses = 0; leave(); }
  });
  window.addEventListener('pageshow', function () {
    document.body.className = document.body.className.replace(/\s*exiting/g, '');
    if (status) { status.textContent = ''; }
  });
})();
