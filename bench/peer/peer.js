// The benchmark's peer: what an engineer would write by hand with plain
// Leaflet 1.9 — one GeoJSON file, L.geoJSON with circle markers on a canvas.
/* global L, fetch, requestAnimationFrame */
const map = L.map('map', { preferCanvas: true });
L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
  maxZoom: 19,
  attribution: '&copy; OpenStreetMap contributors',
}).addTo(map);

fetch('points.geojson')
  .then((response) => response.json())
  .then((points) => {
    const layer = L.geoJSON(points, {
      pointToLayer: (feature, latlng) =>
        L.circleMarker(latlng, { radius: 5, color: '#b3261e', weight: 1, fillOpacity: 0.7 }),
    })
      .bindPopup((marker) => marker.feature.properties.name)
      .addTo(map);
    map.fitBounds(layer.getBounds(), { padding: [48, 48] });
    requestAnimationFrame(() => {
      map.getContainer().dataset.ready = 'true';
    });
  });
