"""The Qt face of the Desk: the only package that imports Qt."""
