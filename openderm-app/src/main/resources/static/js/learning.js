// Draws the learning dashboard's charts from their data-chart attribute (a Chart.js config built
// on the server; the CSP forbids inline scripts).
(function () {
  function draw(root) {
    if (typeof Chart === "undefined") {
      return;
    }
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = "1";
      new Chart(canvas, JSON.parse(canvas.dataset.chart));
    });
  }
  document.addEventListener("DOMContentLoaded", function () { draw(document); });
  document.addEventListener("htmx:afterSwap", function (e) { draw(e.target); });
})();
