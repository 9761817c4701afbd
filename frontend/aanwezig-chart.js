/*
 * <aanwezig-chart option='{...}'>: renders an ECharts option set from Java (nl.aanwezig.base.ui.EChart).
 * ECharts comes from the WebJar (/webjars/echarts/5.3.1/dist/echarts.min.js), loaded as a plain script:
 * no npm, no bundle. The script may arrive after this element, so rendering waits for window.echarts.
 */
(function () {
  if (customElements.get('aanwezig-chart')) {
    return;
  }

  function whenEcharts(callback, triesLeft) {
    if (window.echarts) {
      callback(window.echarts);
    } else if (triesLeft > 0) {
      setTimeout(function () { whenEcharts(callback, triesLeft - 1); }, 50);
    } else {
      console.error('aanwezig-chart: echarts did not load');
    }
  }

  class AanwezigChart extends HTMLElement {
    static get observedAttributes() { return ['option']; }

    connectedCallback() {
      if (!this.style.display) {
        this.style.display = 'block';
      }
      whenEcharts((echarts) => {
        if (!this.isConnected || this._chart) {
          return;
        }
        this._chart = echarts.init(this, null, { renderer: 'svg' });
        this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
        this._resize.observe(this);
        this._render();
      }, 200);
    }

    disconnectedCallback() {
      if (this._resize) {
        this._resize.disconnect();
      }
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
    }

    attributeChangedCallback() {
      this._render();
    }

    _render() {
      const json = this.getAttribute('option');
      if (!this._chart || !json) {
        return;
      }
      try {
        this._chart.setOption(JSON.parse(json), true);
        this.setAttribute('rendered', '');
      } catch (e) {
        console.error('aanwezig-chart: bad option', e);
      }
    }
  }

  customElements.define('aanwezig-chart', AanwezigChart);
})();
