"""SMTP transports: the inbound support server (`livechat inbound`) and the development mail
catcher (`livechat mailcatcher`, shown at /dev/mail)."""
