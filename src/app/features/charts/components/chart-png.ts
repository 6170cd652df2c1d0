/**
 * A PNG of the chart's SVG: the SVG is serialized with its computed colours inlined (Tailwind classes and
 * `currentColor` mean nothing outside the page), drawn on a canvas at 2× and exported.
 */
export async function chartPng(svg: SVGSVGElement, background: string): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = svg.querySelectorAll('*');
  clone.querySelectorAll('*').forEach((node, index) => {
    const original = source[index];
    if (!original || !(node instanceof SVGElement)) return;
    const style = getComputedStyle(original);
    for (const prop of [
      'fill',
      'stroke',
      'stroke-width',
      'stroke-dasharray',
      'opacity',
      'font-size',
      'font-family',
    ]) {
      node.style.setProperty(prop, style.getPropertyValue(prop));
    }
  });
  // Hover cards are HTML inside foreignObject, which taints the canvas: leave them out.
  clone.querySelectorAll('foreignObject').forEach((node) => node.remove());
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const text = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas is not available');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))),
      'image/png',
    ),
  );
}
