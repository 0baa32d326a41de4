import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps } from '../../src/core/style-props.js';

describe('styleProps', () => {
  it('sets, updates and removes properties through the CSSOM', () => {
    const host = document.createElement('div');
    const view = (props: Record<string, string | undefined>) => html`<p ${styleProps(props)}>x</p>`;
    render(view({ left: '10px', '--_w': '40px' }), host);
    const p = host.querySelector('p')!;
    expect(p.style.left).to.equal('10px');
    expect(p.style.getPropertyValue('--_w')).to.equal('40px');
    render(view({ left: '20px', '--_w': undefined }), host);
    expect(p.style.left).to.equal('20px');
    expect(p.style.getPropertyValue('--_w')).to.equal('');
  });

  it('refuses to sit anywhere but on an element', () => {
    const host = document.createElement('div');
    expect(() => render(html`<p>${styleProps({ left: '1px' })}</p>`, host)).to.throw(/belongs on an element/);
  });
});
