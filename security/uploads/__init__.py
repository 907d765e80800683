"""Safe uploads through Wagtail's own extension points (README "Uploads"): the image and
document forms (WAGTAILIMAGES_IMAGE_FORM_BASE, WAGTAILDOCS_DOCUMENT_FORM_BASE) check what a file
really is and clean its name; documents are always downloads of an allow-listed type, from the
serve view and from an S3 bucket alike."""
