// Draws every <canvas class="results-chart" data-chart="{type, labels, datasets}"> with Chart.js. The data comes with
// the page (the content security policy allows no inline script), so the charts need no further request.
document.addEventListener("DOMContentLoaded", function () {
    if (typeof Chart === "undefined") {
        return;
    }
    var palette = ["#0d6efd", "#fd7e14", "#198754", "#dc3545", "#6f42c1", "#20c997"];
    var classColours = {"Tốt": "#198754", "Khá": "#0d6efd", "Trung bình": "#ffc107", "Yếu": "#dc3545"};
    document.querySelectorAll("canvas.results-chart").forEach(function (canvas) {
        var spec = JSON.parse(canvas.dataset.chart);
        var options = {responsive: true, animation: false, plugins: {legend: {display: spec.type !== "bar"}}};
        spec.datasets.forEach(function (dataset, i) {
            if (spec.type === "doughnut") {
                dataset.backgroundColor = spec.labels.map(function (label, j) {
                    return classColours[label] || palette[j % palette.length];
                });
            } else {
                dataset.backgroundColor = palette[i % palette.length] + (spec.type === "radar" ? "33" : "cc");
                dataset.borderColor = palette[i % palette.length];
            }
        });
        if (spec.type === "bar") {
            options.indexAxis = "y";
            options.scales = {x: {min: 0, max: 100}};
            canvas.height = Math.max(160, 28 * spec.labels.length);
        }
        if (spec.type === "radar") {
            options.scales = {r: {min: 0, max: 100}};
        }
        new Chart(canvas, {type: spec.type, data: {labels: spec.labels, datasets: spec.datasets}, options: options});
    });
});
