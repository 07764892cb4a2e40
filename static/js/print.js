// Shows the print buttons (they need JavaScript) and wires them to the print dialog.
document.querySelectorAll("[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
});
