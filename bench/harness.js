// Runs in the benchmark page (bench/browser.bench.mjs). Each case renders one chart library's
// version of the same figure from the same seeded data and reports the time from the start of
// rendering to the first frame painted after it (two requestAnimationFrames).
/* global Chart, Plot, d3 */
(function () {
  'use strict';
  function mulberry32(seed) {
    return function () {
      seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  function bars(n, seed) {
    const r = mulberry32(seed);
    return Array.from({ length: n }, (_, i) => ({ label: '项目' + (i + 1), value: Math.round(r() * 1000) }));
  }
  function series(n, seed) {
    const r = mulberry32(seed);
    const out = new Array(n);
    let v = 100;
    const t0 = Date.UTC(2000, 0, 1);
    for (let i = 0; i < n; i++) { v += r() - 0.5; out[i] = { date: t0 + i * 60000, value: v }; }
    return out;
  }
  const painted = () => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
  function box(width, height) {
    const div = document.createElement('div');
    div.style.width = width + 'px';
    if (height) div.style.height = height + 'px';
    document.body.append(div);
    return div;
  }

  const render = {
    // Ours learns its width from a ResizeObserver, whose callback (and the Lit update it
    // triggers, a microtask) runs before the frame is painted: appending is all it takes.
    // Without its entrance (`no-motion`), as Chart.js runs with `animation: false`: every library's
    // first painted frame must show the final marks (drew() checks ours are visible), not the first
    // step of a fade or a grow — the article case's element has it too (bench/server.mjs).
    'dj-bar'(data, host) {
      const el = document.createElement('dj-bar-chart');
      el.setAttribute('no-motion', '');
      el.setAttribute('no-values', '');
      el.data = data;
      host.append(el);
    },
    // The same with every chart drawn at once (no waiting for the viewport).
    'djeager-bar'(data, host) {
      const el = document.createElement('dj-bar-chart');
      el.setAttribute('no-motion', '');
      el.setAttribute('no-values', '');
      el.setAttribute('eager', '');
      el.data = data;
      host.append(el);
    },
    'd3-bar'(data, host) {
      const width = host.clientWidth, rowH = 20, height = data.length * rowH + 30;
      const x = d3.scaleLinear().domain([0, d3.max(data, (d) => d.value)]).nice().range([90, width - 10]);
      const y = d3.scaleBand().domain(data.map((d) => d.label)).range([0, height - 30]).padding(0.2);
      const svg = d3.select(host).append('svg').attr('width', width).attr('height', height);
      svg.append('g').selectAll('rect').data(data).join('rect')
        .attr('x', x(0)).attr('y', (d) => y(d.label)).attr('width', (d) => x(d.value) - x(0)).attr('height', y.bandwidth()).attr('fill', 'steelblue');
      svg.append('g').selectAll('text').data(data).join('text')
        .attr('x', 85).attr('y', (d) => y(d.label) + y.bandwidth() / 2).attr('text-anchor', 'end').attr('dominant-baseline', 'central').text((d) => d.label);
      svg.append('g').attr('transform', `translate(0,${height - 30})`).call(d3.axisBottom(x));
    },
    'chartjs-bar'(data, host) {
      const canvas = document.createElement('canvas');
      host.style.height = data.length * 20 + 40 + 'px';
      host.append(canvas);
      new Chart(canvas, { type: 'bar', data: { labels: data.map((d) => d.label), datasets: [{ data: data.map((d) => d.value) }] },
        options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } } } });
    },
    'plot-bar'(data, host) {
      host.append(Plot.barX(data, { x: 'value', y: 'label', sort: null }).plot({ width: host.clientWidth, marginLeft: 80, height: data.length * 20 + 40 }));
    },
    // Large data goes in as columns (typed arrays), the documented fast path; the conversion
    // counts, as Chart.js's mapping does.
    'dj-line'(data, host) {
      const el = document.createElement('dj-line-chart');
      el.setAttribute('no-motion', '');
      const x = new Float64Array(data.length);
      const y = new Float64Array(data.length);
      for (let i = 0; i < data.length; i++) { x[i] = data[i].date; y[i] = data[i].value; }
      el.data = { x, series: { value: y }, xType: 'time' };
      host.append(el);
    },
    // Hand-written d3: one path through every point, as a d3 user writes it.
    'd3-line'(data, host) {
      const width = host.clientWidth, height = 400;
      const x = d3.scaleLinear().domain(d3.extent(data, (d) => d.date)).range([40, width - 10]);
      const y = d3.scaleLinear().domain(d3.extent(data, (d) => d.value)).nice().range([height - 30, 10]);
      const svg = d3.select(host).append('svg').attr('width', width).attr('height', height);
      svg.append('path').attr('fill', 'none').attr('stroke', 'steelblue').attr('d', d3.line((d) => x(d.date), (d) => y(d.value))(data));
      svg.append('g').attr('transform', `translate(0,${height - 30})`).call(d3.axisBottom(x));
      svg.append('g').attr('transform', 'translate(40,0)').call(d3.axisLeft(y));
    },
    'chartjs-line'(data, host) {
      const canvas = document.createElement('canvas');
      host.style.height = '400px';
      host.append(canvas);
      new Chart(canvas, { type: 'line', data: { datasets: [{ data: data.map((d) => ({ x: d.date, y: d.value })), pointRadius: 0, borderWidth: 1 }] },
        options: { animation: false, parsing: false, normalized: true, responsive: true, maintainAspectRatio: false,
          scales: { x: { type: 'linear' } }, plugins: { legend: { display: false } } } });
    },
    'plot-line'(data, host) {
      host.append(Plot.line(data, { x: 'date', y: 'value' }).plot({ width: host.clientWidth, height: 400 }));
    },
  };

  /**
   * The mark as the reader saw it in that frame: nothing on its way up to the host transparent or
   * scaled to nothing (an entrance's start: opacity 0, scaleX(0)). Read after the clock stopped.
   */
  function visible(mark, el) {
    for (let n = mark; n && n !== el.shadowRoot; n = n.parentNode) {
      const cs = getComputedStyle(n);
      if (cs.opacity === '0' || cs.visibility === 'hidden' || /matrix\((0|[^,]+, [^,]+, [^,]+, 0),/.test(cs.transform)) return false;
    }
    return true;
  }

  /** What must be on screen when the frame is painted, or the run does not count. */
  function drew(lib, host) {
    if (lib === 'dj' || lib === 'djeager') {
      // Ours by default draws marks only within a screen of the viewport (the rest wait).
      if (lib === 'dj' && host.getBoundingClientRect().top > 2 * innerHeight) return true;
      const el = host.firstElementChild;
      const mark = el && el.shadowRoot && el.shadowRoot.querySelector('svg .bars rect, svg path.line, svg path');
      return !!mark && visible(mark, el);
    }
    return !!host.querySelector('svg, canvas');
  }

  window.benchRun = async function (lib, kind, n, charts) {
    const data = kind === 'line' ? series(n, 7) : bars(n, 7);
    const hosts = Array.from({ length: charts }, () => box(charts > 1 ? 360 : 800));
    const fn = render[lib + '-' + kind];
    await painted();
    const t0 = performance.now();
    for (const h of hosts) fn(data, h);
    await painted();
    const ms = performance.now() - t0;
    if (!hosts.every((h) => drew(lib, h))) throw new Error(lib + '-' + kind + ': nothing was drawn by the first painted frame');
    return ms;
  };
})();
