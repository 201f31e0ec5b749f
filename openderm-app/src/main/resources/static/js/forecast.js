// Fan chart of the severity forecast on the patient record (data from the server, no inline JS).
document.addEventListener("DOMContentLoaded", function () {
  var canvas = document.getElementById("forecast-chart");
  if (!canvas || typeof Chart === "undefined") {
    return;
  }
  var c = JSON.parse(canvas.dataset.chart);
  var d = canvas.dataset;
  var band = function (data, fill, colour, label) {
    return { data: data, fill: fill, backgroundColor: colour, borderWidth: 0, pointRadius: 0,
             label: label, spanGaps: false };
  };
  new Chart(canvas, {
    type: "line",
    data: {
      labels: c.tickLabels || c.labels, // dates in the page's language, one per day
      datasets: [
        band(c.p95, false, "rgba(33, 102, 172, 0.15)", d.labelBand90),
        band(c.p05, "-1", "rgba(33, 102, 172, 0.15)", ""),
        band(c.p75, false, "rgba(33, 102, 172, 0.30)", d.labelBand50),
        band(c.p25, "-1", "rgba(33, 102, 172, 0.30)", ""),
        { data: c.median, label: d.labelMedian, borderColor: "rgb(33, 102, 172)",
          borderDash: [6, 4], pointRadius: 0, fill: false },
        { data: c.observed, label: d.labelObserved, borderColor: "rgb(40, 40, 40)",
          backgroundColor: "rgb(40, 40, 40)", showLine: false, pointRadius: 3 }
      ]
    },
    options: {
      animation: false,
      scales: { y: { min: 0, max: 103 } },
      plugins: { legend: { labels: { filter: function (item) { return item.text !== ""; } } } }
    }
  });
});
