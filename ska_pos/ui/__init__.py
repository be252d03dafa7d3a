"""The Qt Widgets user interface. It calls the services; nothing outside this package imports Qt."""
