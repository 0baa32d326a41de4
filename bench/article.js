// The article page of the "article load → first chart painted" case (bench/browser.bench.mjs): a
// news page with one bar chart of ten rows, each library loaded the way its docs show (a classic
// script at the end of <body>). Records, as window.__painted, the time from navigation start to
// the first frame painted with the chart's marks in it (two requestAnimationFrames after drawing).
/* global Chart, Plot, d3 */
(function () {
  'use strict';
  const lib = document.currentScript.dataset.lib;
  const figure = document.getElementById('chart');
  const painted = () => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
  const done = () => painted().then(() => (window.__painted = performance.now()));
  const rows = Array.from(figure.querySelectorAll('tr')).slice(1).map((tr) => ({ label: tr.cells[0].textContent, value: Number(tr.cells[1].textContent) }));
  if (lib === 'dj' || lib === 'djhint') {
    // Ours draws from the markup itself, after its chunk arrives: its bars are looked for at the start
    // of every frame — the first paint's, before the element is defined (issue #16), so not
    // customElements.whenDefined. Bars found at a frame's start are drawn in that frame, as a peer's
    // drawn before its first requestAnimationFrame are: one more frame and that one is painted (the
    // same two frames as done()). A timer poll instead saw them 0.4–14 ms late, often after the
    // frame that drew them, and counted ours a frame later than the peers.
    const el = figure.querySelector('dj-bar-chart');
    const bars = () => !!el.shadowRoot && !!el.shadowRoot.querySelector('g.bar');
    if (bars()) done();
    else {
      const check = () => (bars() ? requestAnimationFrame(() => (window.__painted = performance.now())) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    }
    return;
  }
  // Peers draw from the same rows, read from the same table, by hand-written page code; `page`, the
  // page alone, hides the table and draws nothing (the floor every library's time stands on).
  figure.querySelector('table').hidden = true;
  const width = figure.clientWidth;
  const height = rows.length * 24 + 30;
  if (lib === 'd3') {
    const x = d3.scaleLinear().domain([0, d3.max(rows, (d) => d.value)]).nice().range([110, width - 10]);
    const y = d3.scaleBand().domain(rows.map((d) => d.label)).range([0, height - 30]).padding(0.2);
    const svg = d3.select(figure).append('svg').attr('width', width).attr('height', height);
    svg.append('g').selectAll('rect').data(rows).join('rect').attr('x', x(0)).attr('y', (d) => y(d.label)).attr('width', (d) => x(d.value) - x(0)).attr('height', y.bandwidth()).attr('fill', 'steelblue');
    svg.append('g').selectAll('text').data(rows).join('text').attr('x', 105).attr('y', (d) => y(d.label) + y.bandwidth() / 2).attr('text-anchor', 'end').attr('dominant-baseline', 'central').text((d) => d.label);
    svg.append('g').attr('transform', `translate(0,${height - 30})`).call(d3.axisBottom(x));
  } else if (lib === 'plot') {
    figure.append(Plot.barX(rows, { x: 'value', y: 'label', sort: null }).plot({ width, marginLeft: 110, height }));
  } else if (lib === 'chartjs') {
    const box = document.createElement('div');
    box.style.height = height + 'px';
    const canvas = document.createElement('canvas');
    box.append(canvas);
    figure.append(box);
    new Chart(canvas, { type: 'bar', data: { labels: rows.map((d) => d.label), datasets: [{ data: rows.map((d) => d.value) }] },
      options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } } } });
  }
  done();
})();
