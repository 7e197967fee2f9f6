// The map beside the list on /kaart and /admin/kaart. The list (server-rendered, encoded) is the
// source: each marker and popup is built from its list item with DOM nodes and textContent, never
// innerHTML with data. Without this script, or without tiles, the list and the filter form still work.
(function () {
  "use strict";
  const mapElement = document.getElementById("kaart");
  const list = document.getElementById("kaart-lijst");
  const form = document.getElementById("kaart-filters");
  if (!mapElement || !list || typeof L === "undefined") {
    return;
  }

  mapElement.hidden = false;
  const data = mapElement.dataset;
  const map = L.map(mapElement, { scrollWheelZoom: false })
    .setView([Number(data.lat), Number(data.lng)], Number(data.zoom));
  // The attribution is configuration (HTML the tile provider prescribes), not resident data.
  L.tileLayer(data.tiles, { maxZoom: Number(data.maxZoom), attribution: data.attribution }).addTo(map);

  const layer = L.layerGroup().addTo(map);
  const entries = [];
  for (const item of list.querySelectorAll("li[data-id]")) {
    if (!item.dataset.lat || !item.dataset.lng) {
      entries.push({ item: item, marker: null });
      continue;
    }
    const shape = document.createElement("span");
    const icon = L.divIcon({ className: "kaart-marker " + item.dataset.fase, html: shape, iconSize: [20, 20] });
    const marker = L.marker([Number(item.dataset.lat), Number(item.dataset.lng)], {
      icon: icon,
      title: item.dataset.title,
      keyboard: true,
    });
    marker.bindPopup(function () {
      // A copy of the list item's own (already encoded) nodes.
      return item.querySelector(".kaart-item").cloneNode(true);
    });
    marker.on("add", function () {
      const element = marker.getElement();
      if (element) {
        element.setAttribute("aria-label", item.dataset.title);
        element.dataset.id = item.dataset.id;
      }
    });
    entries.push({ item: item, marker: marker });
  }

  const count = document.getElementById("kaart-aantal");
  const wijkSelect = document.getElementById("filter-wijk");
  const themaSelect = document.getElementById("filter-thema");

  function apply(updateUrl) {
    const wijk = wijkSelect.value;
    const thema = themaSelect.value;
    let visible = 0;
    const bounds = [];
    layer.clearLayers();
    for (const entry of entries) {
      const match = (wijk === "" || entry.item.dataset.wijk.toLowerCase() === wijk.toLowerCase())
        && (thema === "" || entry.item.dataset.thema === thema);
      entry.item.hidden = !match;
      if (match) {
        visible++;
        if (entry.marker) {
          layer.addLayer(entry.marker);
          bounds.push(entry.marker.getLatLng());
        }
      }
    }
    count.textContent = visible === 1 ? "1 initiatief" : visible + " initiatieven";
    const empty = document.getElementById("kaart-leeg");
    if (empty) {
      empty.hidden = visible !== 0;
    }
    if (bounds.length > 0) {
      map.fitBounds(L.latLngBounds(bounds), { maxZoom: 15, padding: [30, 30] });
    }
    if (updateUrl) {
      const params = new URLSearchParams();
      if (wijk) params.set("wijk", wijk);
      if (thema) params.set("thema", thema);
      const query = params.toString();
      history.replaceState(null, "", query ? "?" + query : location.pathname);
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    apply(true);
  });
  wijkSelect.addEventListener("change", function () { apply(true); });
  themaSelect.addEventListener("change", function () { apply(true); });
  apply(false);
})();
