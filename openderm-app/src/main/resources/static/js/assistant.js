// Assistant chat page: clear the question box after an answer arrives and show the answer.
document.addEventListener("htmx:afterRequest", function (event) {
  var form = event.detail.elt;
  if (!form.classList || !form.classList.contains("ask") || !event.detail.successful) {
    return;
  }
  form.reset();
  var last = document.querySelector("#conversation .exchange:last-child");
  if (last) {
    last.scrollIntoView({ behavior: "smooth", block: "start" });
  }
});
