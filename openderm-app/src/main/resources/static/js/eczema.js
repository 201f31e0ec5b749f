// Eczema forms (calculators, diary, POEM) and course charts. No inline script (CSP): the pages
// carry their data in data-* attributes.
(function () {
  "use strict";
  var lang = document.documentElement.lang || "fr";
  var SHADES = ["rgba(76,175,80,0.16)", "rgba(255,193,7,0.18)", "rgba(255,152,0,0.18)", "rgba(229,57,53,0.16)"];

  function csrfHeaders() {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function format(n) {
    return Number(n).toLocaleString(lang, { maximumFractionDigits: 2 });
  }

  // Sets value at a dotted path; numeric segments make arrays.
  function put(target, path, value) {
    var keys = path.split(".");
    var node = target;
    for (var i = 0; i < keys.length - 1; i++) {
      var key = /^\d+$/.test(keys[i]) ? Number(keys[i]) : keys[i];
      if (node[key] === undefined) { node[key] = /^\d+$/.test(keys[i + 1]) ? [] : {}; }
      node = node[key];
    }
    var last = keys[keys.length - 1];
    node[/^\d+$/.test(last) ? Number(last) : last] = value;
  }

  function collect(form) {
    var input = {};
    form.querySelectorAll("[data-path]").forEach(function (el) {
      var path = el.getAttribute("data-path");
      if (el.type === "radio") {
        if (el.checked) { put(input, path, Number(el.value)); }
        return;
      }
      if (el.value === "") {
        if (/(^|\.)answers\.\d+$/.test(path)) { put(input, path, null); }
        return;
      }
      put(input, path, Number(el.value));
    });
    return input;
  }

  function fieldFor(form, path) {
    var dotted = path.replace(/^input\./, "").replace(/\[(\d+)\]/g, ".$1");
    var el = form.querySelector('[data-path="' + dotted + '"]');
    if (!el && dotted.indexOf("intensity.") === 0) { el = form.querySelector('[name="' + dotted + '"]'); }
    return el ? (el.closest("[data-error-text]") || el.closest(".field") || el) : null;
  }

  function clearErrors(form) {
    form.querySelectorAll(".invalid").forEach(function (el) { el.classList.remove("invalid"); });
    form.querySelectorAll(".field-error").forEach(function (el) { el.remove(); });
  }

  function showErrors(form, problem) {
    clearErrors(form);
    var message = document.getElementById("eczema-message");
    (problem.errors || []).forEach(function (v) {
      var field = fieldFor(form, v.field);
      if (!field) { return; }
      field.classList.add("invalid");
      var p = document.createElement("p");
      p.className = "field-error";
      p.textContent = field.getAttribute("data-error-text") || v.message;
      field.appendChild(p);
    });
    message.textContent = (problem.errors && problem.errors.length) ? form.dataset.textIncomplete : (problem.detail || "");
  }

  function showResult(form, result) {
    var labels = JSON.parse(form.dataset.bandLabels || "{}");
    document.getElementById("eczema-score").textContent =
      format(result.score) + " " + form.dataset.textOutOf.replace("{0}", result.max);
    var band = document.getElementById("eczema-band");
    band.textContent = (labels[result.band.name] || result.band.name) + " · " + result.band.bandSet;
    band.setAttribute("data-band", result.band.name);
    document.getElementById("eczema-message").textContent = "";
  }

  function compute(form, loud) {
    fetch(form.dataset.scoreUrl, { method: "POST", headers: csrfHeaders(), body: JSON.stringify(collect(form)), credentials: "same-origin" })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (res.ok) { clearErrors(form); showResult(form, res.body); return; }
        document.getElementById("eczema-score").textContent = "—";
        document.getElementById("eczema-band").textContent = "";
        if (loud) { showErrors(form, res.body); } else { document.getElementById("eczema-message").textContent = form.dataset.textIncomplete; }
      });
  }

  function save(form) {
    var note = document.getElementById("eczema-note");
    var body = { instrument: form.dataset.instrument, input: collect(form), note: note && note.value ? note.value : null };
    fetch(form.dataset.saveUrl, { method: "POST", headers: csrfHeaders(), body: JSON.stringify(body), credentials: "same-origin" })
      .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
      .then(function (res) {
        if (res.ok) {
          document.getElementById("eczema-message").textContent = form.dataset.textSaved;
          window.location.assign(res.body.location);
        } else { showErrors(form, res.body); }
      });
  }

  function paintRegion(form, region, value) {
    form.querySelectorAll('.region[data-region="' + region + '"]').forEach(function (shape) {
      shape.setAttribute("fill-opacity", String(0.08 + 0.9 * value / 100));
      shape.classList.toggle("marked", value > 0);
    });
  }

  function initForm(form) {
    var timer = null;
    var live = function () { clearTimeout(timer); timer = setTimeout(function () { compute(form, false); }, 250); };
    form.querySelectorAll("[data-region-select]").forEach(function (select) {
      var region = select.getAttribute("data-region-select");
      paintRegion(form, region, Number(select.value));
      select.addEventListener("change", function () { paintRegion(form, region, Number(select.value)); });
    });
    form.querySelectorAll(".region[data-region]").forEach(function (shape) {
      shape.addEventListener("click", function () {
        var region = shape.getAttribute("data-region");
        var select = form.querySelector('[data-region-select="' + region + '"]');
        select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
        paintRegion(form, region, Number(select.value));
        live();
      });
    });
    form.querySelectorAll('input[type="range"]').forEach(function (range) {
      var out = form.querySelector('output[for="' + range.id + '"]');
      range.addEventListener("input", function () { if (out) { out.textContent = format(range.value); } });
    });
    form.addEventListener("change", live);
    document.getElementById("eczema-compute").addEventListener("click", function () { compute(form, true); });
    var saveButton = document.getElementById("eczema-save");
    if (saveButton) { saveButton.addEventListener("click", function () { save(form); }); }
  }

  var bandShading = {
    id: "eczemaBands",
    beforeDatasetsDraw: function (chart, args, options) {
      var area = chart.chartArea;
      var y = chart.scales.y;
      var ctx = chart.ctx;
      var bands = options.bands || [];
      ctx.save();
      bands.forEach(function (band, i) {
        var shade = bands.length <= 1 ? 0 : Math.round(i * (SHADES.length - 1) / (bands.length - 1));
        var top = y.getPixelForValue(band.upper);
        var bottom = y.getPixelForValue(band.lower);
        ctx.fillStyle = SHADES[shade];
        ctx.fillRect(area.left, top, area.right - area.left, Math.max(1, bottom - top));
        ctx.fillStyle = "rgba(60,60,60,0.75)";
        ctx.font = "11px sans-serif";
        if (bottom - top > 12) { ctx.fillText(band.label, area.left + 4, top + 12); }
      });
      var x = chart.scales.x;
      (options.treatments || []).forEach(function (t, i) {
        var left = Math.max(area.left, x.getPixelForValue(t.from));
        var right = Math.min(area.right, x.getPixelForValue(t.to));
        if (right <= left) { return; }
        ctx.fillStyle = "rgba(21,101,192,0.12)";
        ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
        ctx.fillStyle = "rgba(21,101,192,0.9)";
        ctx.fillText(t.label, left + 3, area.bottom - 4 - 13 * (i % 3));
      });
      ctx.fillStyle = "rgba(106,27,154,0.9)";
      ctx.strokeStyle = "rgba(106,27,154,0.45)";
      photoPixels(chart, options.photos).forEach(function (px) {
        ctx.beginPath();
        ctx.setLineDash([3, 3]);
        ctx.moveTo(px, area.top + 8);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.beginPath();
        ctx.moveTo(px - 5, area.top);
        ctx.lineTo(px + 5, area.top);
        ctx.lineTo(px, area.top + 8);
        ctx.closePath();
        ctx.fill();
      });
      ctx.restore();
    }
  };

  // Photo dates as x pixels inside the chart area (photos outside the plotted period are not shown).
  function photoPixels(chart, photos) {
    var area = chart.chartArea;
    return (photos || []).map(function (p) { return chart.scales.x.getPixelForValue(p.x); })
      .filter(function (px) { return px >= area.left && px <= area.right; });
  }

  function photoAt(chart, photos, x, y) {
    var area = chart.chartArea;
    if (y > area.top + 14) { return null; }
    var hit = null;
    (photos || []).forEach(function (p) {
      if (Math.abs(chart.scales.x.getPixelForValue(p.x) - x) <= 7) { hit = p; }
    });
    return hit;
  }

  function initChart(canvas) {
    if (!window.Chart) { return; }
    var course = JSON.parse(canvas.getAttribute("data-course"));
    var points = course.points.map(function (p) { return { x: p.x, y: p.y, band: p.band }; });
    var DAY = 86400000;
    var xs = points.map(function (p) { return p.x; });
    var first = Math.min.apply(null, xs);
    var last = Math.max.apply(null, xs);
    var pad = Math.max(DAY, (last - first) * 0.05);
    new window.Chart(canvas, {
      type: "line",
      data: { datasets: [{ label: course.instrument, data: points, borderColor: "#1565c0", backgroundColor: "#1565c0", tension: 0.15, pointRadius: 4 }] },
      options: {
        responsive: true, maintainAspectRatio: false, parsing: false, animation: false,
        scales: {
          x: {
            type: "linear", min: first - pad, max: last + pad,
            // The server sends one tick per date, already in the page's language.
            afterBuildTicks: function (axis) {
              if (course.ticks) { axis.ticks = course.ticks.map(function (t) { return { value: t.x }; }); }
            },
            ticks: { autoSkip: true, maxRotation: 0, callback: function (v) {
              var tick = (course.ticks || []).find(function (t) { return t.x === v; });
              return tick ? tick.label : new Date(v).toLocaleDateString(lang);
            } }
          },
          y: { min: 0, max: course.max }
        },
        onClick: function (event, elements, chart) {
          var photo = photoAt(chart, course.photos, event.x, event.y);
          if (photo) { window.location.assign(photo.url); }
        },
        plugins: {
          legend: { display: false },
          eczemaBands: { bands: course.bands, treatments: course.treatments || [], photos: course.photos || [] },
          tooltip: { callbacks: { label: function (c) {
            return new Date(c.raw.x).toLocaleDateString(lang) + " · " + format(c.raw.y) + " (" + c.raw.band + ")";
          } } }
        }
      },
      plugins: [bandShading]
    });
  }

  // Diary photos: each chosen file is uploaded at once through the photo gate and its verdict shown.
  function initPhotos(section) {
    var input = document.getElementById("eczema-photo-file");
    var site = document.getElementById("eczema-photo-site");
    var list = document.getElementById("eczema-photo-list");
    function line(text, cls) {
      var p = document.createElement("p");
      p.className = cls;
      p.textContent = text;
      return p;
    }
    function show(res) {
      var li = document.createElement("li");
      if (res.ok) {
        var link = document.createElement("a");
        link.href = res.body.viewer;
        var img = document.createElement("img");
        img.src = res.body.thumbnail;
        img.alt = site.value || "";
        img.width = 96;
        link.appendChild(img);
        li.appendChild(link);
        li.appendChild(line(res.body.acceptable ? section.dataset.textAcceptable : section.dataset.textNotAcceptable,
          res.body.acceptable ? "badge ok" : "badge warn"));
        (res.body.issues || []).forEach(function (m) { li.appendChild(line(m, "small")); });
      } else {
        li.appendChild(line(section.dataset.textRefused + " " + (res.body.detail || ""), "alert error"));
      }
      list.appendChild(li);
    }
    input.addEventListener("change", function (event) {
      event.stopPropagation();
      Array.prototype.forEach.call(input.files, function (file) {
        var data = new FormData();
        data.append("image", file);
        data.append("bodySite", site.value || "");
        var headers = csrfHeaders();
        delete headers["Content-Type"];
        fetch(section.dataset.uploadUrl, { method: "POST", headers: headers, body: data, credentials: "same-origin" })
          .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
          .then(show)
          .catch(function () { show({ ok: false, body: {} }); });
      });
      input.value = "";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("eczema-form");
    if (form) { initForm(form); }
    var photos = document.getElementById("eczema-photos");
    if (photos) { initPhotos(photos); }
    document.querySelectorAll("canvas.eczema-chart-canvas").forEach(initChart);
  });
})();
