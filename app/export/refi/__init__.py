"""REFI-QDA exchange: .qdpx projects and .qdc codebooks for QualCoder, MAXQDA, NVivo, ATLAS.ti."""
