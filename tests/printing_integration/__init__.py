from ska_pos.printing.escpos_env import prepare_escpos

# Before any test module imports escpos itself, so the import leaves no temporary folder behind.
prepare_escpos()
