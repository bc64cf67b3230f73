// The page editor: a click on "Publish" (or any button of the edit form) waits for Wagtail's
// background save on its way, and no new one starts after it.
//
// Wagtail 8's autosave (the w-autosave controller) creates a new page with its first save and
// then points the form at the page's edit view. Sent while that save is still on its way, the
// form went to the create view a second time: two creations of one page, one of which failed
// (a 400, "slug already in use", or a clash of tree paths). Reads the controller's pending save
// (submitPromise) and switches it off (activeValue); both belong to Wagtail 8.0's controller.
document.addEventListener(
  "submit",
  (event) => {
    const form = event.target;
    const app = window.wagtail && window.wagtail.app;
    if (!(form instanceof HTMLFormElement) || !form.matches("form[data-edit-form]") || !app) {
      return;
    }
    const autosave = app.getControllerForElementAndIdentifier(form, "w-autosave");
    if (!autosave) {
      return;
    }
    autosave.activeValue = false; // no background save from now on
    if (!autosave.submitPromise) {
      return;
    }
    event.preventDefault();
    const submitter = event.submitter;
    const settled = async () => {
      while (autosave.submitPromise) {
        await autosave.submitPromise;
      }
    };
    settled().then(() => {
      if (submitter && submitter.name) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = submitter.name;
        input.value = submitter.value;
        form.append(input);
      }
      form.submit(); // to the edit view if the background save created the page
    });
  },
  true,
);
