"""The project window: the audit's interviews and the way into everything else."""
