// Filters the organizations index by name, region, membership and whether an
// organization took part. The page is complete without it: the form stays
// hidden unless this script runs.
(function () {
  "use strict";
  function start() {
    var form = document.getElementById("org-filter");
    if (!form) return;
    var groups = Array.prototype.slice.call(document.querySelectorAll(".org-group"));
    var status = form.querySelector(".org-filter-status");

    function apply() {
      var name = form.elements.name.value.trim().toLowerCase();
      var region = form.elements.region.value;
      var membership = form.elements.membership.value;
      var attended = form.elements.attended.checked;
      var shown = {};
      groups.forEach(function (group) {
        var visible = 0;
        group.querySelectorAll("li").forEach(function (item) {
          var match =
            (!name || item.dataset.search.indexOf(name) !== -1) &&
            (!region || item.dataset.region === region) &&
            (!membership || item.dataset.membership === membership) &&
            (!attended || item.dataset.meetings !== "0");
          item.hidden = !match;
          if (match) {
            visible += 1;
            shown[item.querySelector("a").getAttribute("href")] = true;
          }
        });
        group.hidden = visible === 0;
        var count = group.querySelector(".org-group-count");
        if (count) count.textContent = String(visible);
      });
      var count = Object.keys(shown).length;
      var filtering = name || region || membership || attended;
      status.textContent = filtering
        ? count + (count === 1 ? " organization matches." : " organizations match.")
        : "";
    }

    form.hidden = false;
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      apply();
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
