"""Small widgets and helpers shared by every room: buttons, file dialogs, the secret clipboard."""
