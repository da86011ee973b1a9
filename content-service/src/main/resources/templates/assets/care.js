// 关怀版: remembers the reader's choice of the elder-friendly view across pages. The switch
// itself works without this script (a checkbox styled with :has()).
(function () {
  var KEY = "govsite-care";
  var box = document.getElementById("care-switch");
  if (!box) {
    return;
  }
  try {
    box.checked = localStorage.getItem(KEY) === "1";
  } catch (e) {}
  box.addEventListener("change", function () {
    try {
      localStorage.setItem(KEY, box.checked ? "1" : "0");
    } catch (e) {}
  });
})();
