"""The European Cluster Panorama: indicators and stars per region and cluster category."""
