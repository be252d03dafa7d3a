"""Thermal printers: ESC/POS rendering, connections and a print queue that never blocks a sale."""
