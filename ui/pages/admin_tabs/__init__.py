"""The tabs of the administration page (ui.pages.admin_page)."""
