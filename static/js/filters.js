// On wide screens the filters start open; on phones they stay folded so the results show.
if (window.matchMedia("(min-width: 64rem)").matches) {
    document.querySelectorAll("details[data-open-wide]").forEach((details) => {
        details.open = true;
    });
}
